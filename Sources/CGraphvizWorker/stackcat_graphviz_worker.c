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
// - Graphviz 2.4x gives every named object the address of its interned name as its ID, and keeps
//   subgraphs (clusters) in ID order, so a layout depends on the state of the heap: in one process, a
//   graph read by `agmemread` comes out differently depending on the graphs laid out before it (199 of
//   200 did when the order was reversed). The worker reads graphs through `agread` with an ID
//   discipline of its own instead: IDs are numbered per graph in the order objects are made, so
//   subgraphs keep the order of the DOT text and a graph's SVG depends on its DOT alone, whatever came
//   before it. (An earlier worker forked a child per graph for the same reason; the fork cost more than
//   the layout.) A frame holds one graph: the worker reads to its end, so that nothing of it is left
//   in the parser for the next one.
// - Graphviz leaks with every layout, so after 1,000 graphs the worker executes itself again.
// - The worker runs from a start-up hook (a constructor), before Swift's main: it never starts Swift.
//
// Exit status: 0 at the end of its input, 69 when Graphviz's libraries cannot be loaded (before reading
// anything), 64 when started by hand with arguments, 65 for a malformed frame or an answer it cannot
// write. It needs libgvc.so.6 (the Graphviz 2.x series); where only a later soname exists, stackcat
// draws every graph with `dot`.

#include "stackcat_graphviz_worker.h"

#if defined(__linux__)

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int stackcat_graphviz_worker_supported(void) { return 1; }

// The parts of Graphviz's headers the worker uses (cgraph.h, gvc.h of 2.x); the headers themselves
// are not needed to build stackcat.
typedef struct { const char *name; void *address; } symbol_entry;
typedef uint64_t graphviz_id;
typedef struct {
    void *(*open)(void *graph, void *disc);
    long (*map)(void *state, int object_type, char *name, graphviz_id *id, int create);
    long (*alloc)(void *state, int object_type, graphviz_id id);
    void (*free)(void *state, int object_type, graphviz_id id);
    char *(*print)(void *state, int object_type, graphviz_id id);
    void (*close)(void *state);
    void (*register_object)(void *state, int object_type, void *object);
} id_discipline;
typedef struct {
    int (*read)(void *channel, char *buffer, int size);
    int (*put_string)(void *channel, const char *string);
    int (*flush)(void *channel);
} io_discipline;
typedef struct { void *memory; id_discipline *ids; io_discipline *io; } discipline;

typedef void *(*context_plugins_fn)(const symbol_entry *, int);
typedef void *(*read_fn)(void *, discipline *);
typedef int (*close_fn)(void *);
typedef int (*layout_fn)(void *, void *, const char *);
typedef int (*free_layout_fn)(void *, void *);
// Graphviz 2.x declares the length `unsigned int *`, later releases `size_t *`: a zeroed size_t holds
// either on a little-endian machine.
typedef int (*render_data_fn)(void *, void *, const char *, char **, size_t *);
typedef void (*free_render_data_fn)(char *);
typedef int (*seterr_fn)(int);
typedef int (*error_function)(char *);
typedef error_function (*seterrf_fn)(error_function);
typedef int (*errors_fn)(void);

static context_plugins_fn gv_context_plugins;
static read_fn ag_read;
static close_fn ag_close;
static layout_fn gv_layout;
static free_layout_fn gv_free_layout;
static render_data_fn gv_render_data;
static free_render_data_fn gv_free_render_data;
static seterr_fn ag_seterr;
static seterrf_fn ag_seterrf;
static errors_fn ag_errors, ag_reseterrors;
static void *ag_memory_discipline;
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
    gv_free_layout = (free_layout_fn)dlsym(gvc, "gvFreeLayout");
    gv_render_data = (render_data_fn)dlsym(gvc, "gvRenderData");
    gv_free_render_data = (free_render_data_fn)dlsym(gvc, "gvFreeRenderData");
    ag_read = (read_fn)dlsym(cgraph, "agread");
    ag_close = (close_fn)dlsym(cgraph, "agclose");
    ag_seterr = (seterr_fn)dlsym(cgraph, "agseterr");
    ag_seterrf = (seterrf_fn)dlsym(cgraph, "agseterrf");
    ag_errors = (errors_fn)dlsym(cgraph, "agerrors");
    ag_reseterrors = (errors_fn)dlsym(cgraph, "agreseterrors");
    ag_memory_discipline = dlsym(cgraph, "AgMemDisc");
    if (!gv_context_plugins || !gv_layout || !gv_free_layout || !gv_render_data || !gv_free_render_data
        || !ag_read || !ag_close || !ag_seterr || !ag_seterrf || !ag_errors || !ag_reseterrors || !ag_memory_discipline) return -1;
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

// MARK: - IDs in order of appearance

/// The IDs of one graph (its subgraphs share them), numbered in the order objects are made: the
/// k-th object made gets 2k + 2 if it has a name (the same name, the same ID) and 2k + 1 if not, so
/// subgraphs, named or not, keep the order of the DOT text. Graphviz's own discipline uses the address
/// of the interned name and a counter shared by every graph of the process. Names are found through
/// an open-addressing table of their positions, kept at most half full.
typedef struct {
    char **names;
    graphviz_id *name_ids; // the ID of each name, increasing
    size_t count, capacity;
    size_t *slots; // 0: empty; otherwise a position + 1
    size_t slot_count;
    graphviz_id made; // objects made so far
} graph_ids;

static size_t hash_name(const char *name) {
    uint64_t hash = 1469598103934665603ull; // FNV-1a
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) hash = (hash ^ *c) * 1099511628211ull;
    return (size_t)hash;
}

/// The slot holding `name`, or the empty slot where it would go.
static size_t find_slot(const graph_ids *ids, const char *name) {
    size_t mask = ids->slot_count - 1, slot = hash_name(name) & mask;
    while (ids->slots[slot] && strcmp(ids->names[ids->slots[slot] - 1], name) != 0) slot = (slot + 1) & mask;
    return slot;
}

static int grow_slots(graph_ids *ids) {
    size_t count = ids->slot_count ? ids->slot_count * 2 : 64;
    size_t *slots = calloc(count, sizeof *slots);
    if (!slots) return -1;
    free(ids->slots);
    ids->slots = slots;
    ids->slot_count = count;
    for (size_t i = 0; i < ids->count; i++) ids->slots[find_slot(ids, ids->names[i])] = i + 1;
    return 0;
}

static void *ids_open(void *graph, void *disc) {
    (void)graph;
    (void)disc;
    return calloc(1, sizeof(graph_ids));
}

static long ids_map(void *state, int object_type, char *name, graphviz_id *id, int create) {
    (void)object_type;
    graph_ids *ids = state;
    if (!ids) return 0;
    if (!name) {
        *id = 2 * ids->made++ + 1;
        return 1;
    }
    size_t slot = ids->slot_count ? find_slot(ids, name) : 0;
    if (ids->slot_count && ids->slots[slot]) {
        *id = ids->name_ids[ids->slots[slot] - 1];
        return 1;
    }
    if (!create) return 0;
    if ((ids->count + 1) * 2 > ids->slot_count) {
        if (grow_slots(ids) != 0) return 0;
        slot = find_slot(ids, name);
    }
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? ids->capacity * 2 : 32;
        char **names = realloc(ids->names, capacity * sizeof *names);
        if (!names) return 0;
        ids->names = names;
        graphviz_id *name_ids = realloc(ids->name_ids, capacity * sizeof *name_ids);
        if (!name_ids) return 0;
        ids->name_ids = name_ids;
        ids->capacity = capacity;
    }
    char *copy = strdup(name);
    if (!copy) return 0;
    ids->names[ids->count] = copy;
    ids->name_ids[ids->count] = 2 * ids->made++ + 2;
    *id = ids->name_ids[ids->count];
    ids->count += 1;
    ids->slots[slot] = ids->count;
    return 1;
}

/// Graphviz asks for a particular ID only through agidnode and the like, which DOT text never uses.
static long ids_alloc(void *state, int object_type, graphviz_id id) {
    (void)state;
    (void)object_type;
    (void)id;
    return 0;
}

/// A deleted object's name keeps its ID: an object made again under that name gets the same one.
static void ids_free(void *state, int object_type, graphviz_id id) {
    (void)state;
    (void)object_type;
    (void)id;
}

static char *ids_print(void *state, int object_type, graphviz_id id) {
    (void)object_type;
    const graph_ids *ids = state;
    if (!ids || id % 2 != 0) return NULL;
    size_t low = 0, high = ids->count; // name_ids increases: search it
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (ids->name_ids[middle] < id) low = middle + 1; else high = middle;
    }
    return low < ids->count && ids->name_ids[low] == id ? ids->names[low] : NULL;
}

static void ids_close(void *state) {
    graph_ids *ids = state;
    if (!ids) return;
    for (size_t i = 0; i < ids->count; i++) free(ids->names[i]);
    free(ids->names);
    free(ids->name_ids);
    free(ids->slots);
    free(ids);
}

static void ids_register(void *state, int object_type, void *object) {
    (void)state;
    (void)object_type;
    (void)object;
}

static id_discipline ids_in_order = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

// MARK: - Reading a graph from memory

typedef struct { const char *bytes; size_t length, at; } text_reader;

/// Hands the parser one line at a time, as agmemread does, so that its line numbers count.
static int read_line(void *channel, char *buffer, int size) {
    text_reader *reader = channel;
    int n = 0;
    while (n < size && reader->at < reader->length) {
        char c = reader->bytes[reader->at++];
        buffer[n++] = c;
        if (c == '\n') break;
    }
    return n;
}

static int put_nothing(void *channel, const char *string) {
    (void)channel;
    (void)string;
    return 0;
}

static int flush_nothing(void *channel) {
    (void)channel;
    return 0;
}

static io_discipline text_input = {read_line, put_nothing, flush_nothing};

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

/// Lays out the graph in `request` and writes the answer: its SVG, or "x" when Graphviz fails.
/// Returns -1 when the answer cannot be written.
static int answer_request(size_t length) {
    discipline disc = {ag_memory_discipline, &ids_in_order, &text_input};
    text_reader reader = {request, length, 0};
    ag_reseterrors();
    void *graph = ag_read(&reader, &disc);
    // A frame holds one graph. Reading on to the end of the frame leaves nothing of it in the
    // parser's buffer for the next frame to start with: a second graph, or any error Graphviz
    // reports (a syntax error after the graph, or while laying it out), sends the frame to `dot`.
    void *more = graph ? ag_read(&reader, &disc) : NULL;
    if (more) ag_close(more);
    char *svg = NULL;
    size_t svg_length = 0;
    int laid_out = graph && !more && gv_layout(gv_context, graph, "dot") == 0;
    int drawn = laid_out && gv_render_data(gv_context, graph, "svg", &svg, &svg_length) == 0 && svg
        && svg_length <= ANSWER_LIMIT && ag_errors() < 1; // 1: AGERR; warnings do not count
    int status;
    if (drawn) {
        char header[32];
        int header_length = snprintf(header, sizeof header, "%zu\n", svg_length);
        status = write_all(1, header, (size_t)header_length) == 0 && write_all(1, svg, svg_length) == 0 ? 0 : -1;
    } else {
        status = write_all(1, "x\n", 2);
    }
    if (svg) gv_free_render_data(svg);
    if (laid_out) gv_free_layout(gv_context, graph);
    if (graph) ag_close(graph);
    return status;
}

/// Graphviz 2.4x leaks some memory with each layout (virtual edges of clusters, HTML labels: tens
/// of KB for a small graph), so after this many graphs, or this many bytes of DOT, the worker renews
/// itself: it executes itself again on the same socket, which the caller does not notice.
#define GRAPHS_BEFORE_RENEWAL 1000
#define BYTES_BEFORE_RENEWAL (32 * 1024 * 1024)

/// Graphviz's messages go nowhere: a graph it fails on is redrawn by `dot`, which reports why.
/// (Raising the reporting level instead makes Graphviz keep its messages in a temporary file.)
static int discard_message(char *message) {
    (void)message;
    return 0;
}

static void run_worker(char **argv) {
    if (load_graphviz() != 0) _exit(STACKCAT_GRAPHVIZ_WORKER_NO_GRAPHVIZ);
    size_t graphs = 0, bytes = 0;
    int renews = 1;
    ag_seterr(0); // AGWARN: every message goes to discard_message
    ag_seterrf(discard_message);
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
        if (answer_request(length) != 0) _exit(65);
        graphs += 1;
        bytes += length;
        if (renews && (graphs >= GRAPHS_BEFORE_RENEWAL || bytes >= BYTES_BEFORE_RENEWAL)) {
            execv("/proc/self/exe", argv);
            renews = 0; // it could not: it goes on as it is, and does not try again
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
        run_worker(argv);
    }
}

#else

int stackcat_graphviz_worker_supported(void) { return 0; }

#endif
