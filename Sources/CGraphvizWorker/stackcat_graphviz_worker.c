// A Graphviz worker inside the stackcat executable. `stackcat __graphviz-worker` reads DOT graphs
// from its standard input and answers each with its SVG on standard output, one at a time; `stackcat
// site` starts one per core instead of one `dot` process per graph.
//
// Frames, both ways: the length in decimal, a newline, then that many bytes. An answer of "x\n" instead
// means Graphviz could not draw the graph (or it was larger than the worker takes); the caller then
// draws it with `dot`, which reports why.
//
// Why it looks like this:
// - Starting `dot` costs about ten times laying out a small graph, mostly its text-layout plugin
//   (Pango, fontconfig). The worker loads libgvc with dlopen (the executable does not link it, so it
//   runs where Graphviz is missing, and stackcat then falls back to `dot` or to edge lists) and
//   registers only the core renderers and the dot layout: text is measured with Graphviz's built-in
//   font metrics.
// - Graphviz 2.4x orders clusters by the addresses of their names, so a layout depends on the state
//   of the heap: in one process, a graph comes out differently depending on the graphs laid out before
//   it. Every graph is therefore laid out in a child forked from the same state, so that its SVG
//   depends on its DOT alone (byte for byte what a `dot` process without Pango draws). The worker runs
//   from a start-up hook (a constructor), before Swift's main has allocated anything, and its own loop
//   allocates nothing: requests go into a static buffer.
//
// Exit status: 0 at the end of its input, 69 when Graphviz's libraries cannot be loaded (before reading
// anything), 64 when started by hand with arguments, 65 for a malformed frame, 71 when it cannot fork,
// wait or share memory. It needs libgvc.so.6 (the Graphviz 2.x series); where only a later soname
// exists, stackcat draws every graph with `dot`.

#include "stackcat_graphviz_worker.h"

#if defined(__linux__)

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

int stackcat_graphviz_worker_supported(void) { return 1; }

typedef struct { const char *name; void *address; } symbol_entry;

typedef void *(*context_plugins_fn)(const symbol_entry *, int);
typedef void *(*memread_fn)(const char *);
typedef int (*layout_fn)(void *, void *, const char *);
// Graphviz 2.x declares the length `unsigned int *`, later releases `size_t *`: a zeroed size_t holds
// either on a little-endian machine.
typedef int (*render_data_fn)(void *, void *, const char *, char **, size_t *);
typedef int (*seterr_fn)(int);

static context_plugins_fn gv_context_plugins;
static memread_fn ag_memread;
static layout_fn gv_layout;
static render_data_fn gv_render_data;
static seterr_fn ag_seterr;
static void *gv_context;

static char path_buffer[8192];
static symbol_entry builtins[3];

/// Loads libgvc and libcgraph, then the core and dot-layout plugins from the `graphviz` folder beside
/// libgvc, and makes a context that knows only those two. Returns 0 on success.
static int load_graphviz(void) {
    void *gvc = dlopen("libgvc.so.6", RTLD_NOW | RTLD_GLOBAL);
    void *cgraph = dlopen("libcgraph.so.6", RTLD_NOW | RTLD_GLOBAL);
    if (!gvc || !cgraph) return -1;
    gv_context_plugins = (context_plugins_fn)dlsym(gvc, "gvContextPlugins");
    gv_layout = (layout_fn)dlsym(gvc, "gvLayout");
    gv_render_data = (render_data_fn)dlsym(gvc, "gvRenderData");
    ag_memread = (memread_fn)dlsym(cgraph, "agmemread");
    ag_seterr = (seterr_fn)dlsym(cgraph, "agseterr");
    if (!gv_context_plugins || !gv_layout || !gv_render_data || !ag_memread || !ag_seterr) return -1;
    Dl_info info;
    if (!dladdr((void *)gv_layout, &info) || !info.dli_fname) return -1;
    const char *slash = strrchr(info.dli_fname, '/');
    if (!slash) return -1;
    int dir_length = (int)(slash - info.dli_fname);
    static const char *const names[2][2] = {
        {"libgvplugin_core.so.6", "gvplugin_core_LTX_library"},
        {"libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library"},
    };
    for (int i = 0; i < 2; i++) {
        if (snprintf(path_buffer, sizeof path_buffer, "%.*s/graphviz/%s", dir_length, info.dli_fname, names[i][0])
            >= (int)sizeof path_buffer) return -1;
        void *plugin = dlopen(path_buffer, RTLD_NOW);
        void *library = plugin ? dlsym(plugin, names[i][1]) : NULL;
        if (!library) return -1;
        builtins[i].name = names[i][1];
        builtins[i].address = library;
    }
    builtins[2].name = NULL;
    builtins[2].address = NULL;
    gv_context = gv_context_plugins(builtins, 0);
    return gv_context ? 0 : -1;
}

/// The largest graph a worker takes (the site draws graphs of at most 150 nodes: a few hundred KB).
#define REQUEST_LIMIT (16 * 1024 * 1024)
static char request[REQUEST_LIMIT + 1];

static int write_all(int fd, const char *bytes, size_t length) {
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(fd, bytes + done, length - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        done += (size_t)n;
    }
    return 0;
}

/// Reads exactly `length` bytes into `into`, or skips them when `into` is NULL. Returns 0, or -1 at an
/// early end of input.
static int read_exactly(int fd, char *into, size_t length) {
    static char sink[65536];
    while (length > 0) {
        size_t chunk = into ? length : (length < sizeof sink ? length : sizeof sink);
        ssize_t n = read(fd, into ? into : sink, chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        if (into) into += n;
        length -= (size_t)n;
    }
    return 0;
}

/// Reads a frame's length line: 1 with `*length` set, 0 at the end of input, -1 when malformed.
static int read_length(int fd, size_t *length) {
    size_t value = 0;
    int digits = 0;
    for (;;) {
        char c;
        ssize_t n = read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) return digits == 0 ? 0 : -1;
        if (n < 0) return -1;
        if (c == '\n') break;
        if (c < '0' || c > '9' || digits >= 12) return -1;
        value = value * 10 + (size_t)(c - '0');
        digits++;
    }
    if (digits == 0) return -1;
    *length = value;
    return 1;
}

/// The largest SVG a worker answers with; larger ones go to `dot`.
#define ANSWER_LIMIT (64 * 1024 * 1024)
/// Memory shared with the children: a child leaves its SVG's length and bytes here, and the worker
/// writes the answer only after the child has ended well, so a child that dies at any point can never
/// leave half an answer on the socket.
static unsigned char *answer;

/// In a forked child: lays out the graph in `request` and leaves its SVG in `answer`. Returns the
/// child's exit status.
static int draw_request(void) {
    ag_seterr(2); // AGMAX: Graphviz says nothing; a graph it fails on is redrawn by `dot`, which reports why.
    void *graph = ag_memread(request);
    if (!graph || gv_layout(gv_context, graph, "dot") != 0) return 2;
    char *svg = NULL;
    size_t length = 0;
    if (gv_render_data(gv_context, graph, "svg", &svg, &length) != 0 || !svg) return 3;
    if (length > ANSWER_LIMIT) return 5;
    memcpy(answer + sizeof length, svg, length);
    memcpy(answer, &length, sizeof length);
    return 0;
}

static void run_worker(void) {
    // Children must be waited for: a SIGCHLD ignored by whoever started stackcat would reap them
    // before waitpid could read their status.
    signal(SIGCHLD, SIG_DFL);
    if (load_graphviz() != 0) _exit(69);
    answer = mmap(NULL, ANSWER_LIMIT + sizeof(size_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (answer == MAP_FAILED) _exit(71);
    for (;;) {
        size_t length = 0;
        int got = read_length(0, &length);
        if (got == 0) _exit(0);
        if (got < 0) _exit(65);
        if (length > REQUEST_LIMIT) {
            if (read_exactly(0, NULL, length) != 0 || write_all(1, "x\n", 2) != 0) _exit(65);
            continue;
        }
        if (read_exactly(0, request, length) != 0) _exit(65);
        request[length] = 0;
        pid_t child = fork();
        if (child == 0) _exit(draw_request());
        if (child < 0) _exit(71);
        int status = 0;
        while (waitpid(child, &status, 0) < 0) {
            if (errno != EINTR) _exit(71);
        }
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            size_t svg_length = 0;
            memcpy(&svg_length, answer, sizeof svg_length);
            char header[32];
            int header_length = snprintf(header, sizeof header, "%zu\n", svg_length);
            if (write_all(1, header, (size_t)header_length) != 0
                || write_all(1, (const char *)answer + sizeof svg_length, svg_length) != 0) _exit(65);
        } else if (write_all(1, "x\n", 2) != 0) {
            _exit(65);
        }
    }
}

/// Runs before main (glibc passes the arguments to constructors): a worker never reaches Swift's main.
__attribute__((constructor))
static void stackcat_graphviz_worker_start(int argc, char **argv, char **envp) {
    (void)envp;
    if (argc >= 2 && argv && argv[1] && strcmp(argv[1], STACKCAT_GRAPHVIZ_WORKER_ARGUMENT) == 0) {
        if (argc != 2) {
            static const char usage[] = "stackcat: __graphviz-worker is internal to 'stackcat site' and takes no arguments\n";
            (void)!write(2, usage, sizeof usage - 1);
            _exit(64);
        }
        run_worker();
    }
}

#else

int stackcat_graphviz_worker_supported(void) { return 0; }

#endif
