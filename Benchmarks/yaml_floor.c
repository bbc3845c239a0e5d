/* The floor: walks libyaml's event stream over every YAML file of a catalog directory (top level,
 * tools/ and stacks/), doing nothing with the events. Nothing that parses these files with libyaml
 * can be faster. Build: cc -O2 -o yaml_floor yaml_floor.c $(pkg-config --cflags --libs yaml-0.1) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static long events = 0;

static int walk_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buffer = malloc(size > 0 ? size : 1);
    if (size > 0 && fread(buffer, 1, size, f) != (size_t)size) { perror(path); fclose(f); free(buffer); return 1; }
    fclose(f);
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, size);
    int done = 0, status = 0;
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: %s\n", path, parser.problem); status = 1; break; }
        done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    free(buffer);
    return status;
}

static int walk_dir(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return 0;
    struct dirent *entry;
    int status = 0;
    char path[4096];
    while ((entry = readdir(d)) != NULL) {
        size_t len = strlen(entry->d_name);
        if (len > 5 && strcmp(entry->d_name + len - 5, ".yaml") == 0) {
            snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
            status |= walk_file(path);
        }
    }
    closedir(d);
    return status;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: yaml_floor CATALOG-DIR\n"); return 64; }
    char sub[4096];
    int status = walk_dir(argv[1]);
    snprintf(sub, sizeof sub, "%s/tools", argv[1]);
    status |= walk_dir(sub);
    snprintf(sub, sizeof sub, "%s/stacks", argv[1]);
    status |= walk_dir(sub);
    printf("%ld events\n", events);
    return status;
}
