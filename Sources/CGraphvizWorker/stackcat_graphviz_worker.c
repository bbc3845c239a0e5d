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
//
// The files: this one starts the worker and runs its loop; graphviz_frames.c reads and writes frames;
// graphviz_library.c opens Graphviz; graphviz_ids.c is the ID discipline; graphviz_drawing.c draws one
// graph; graphviz_worker_internal.h declares what they share.

#include "stackcat_graphviz_worker.h"

#define _GNU_SOURCE
#include <string.h>

// glibc passes a program's arguments to start-up hooks and can load libgvc; a static musl build does
// neither (its hooks get no arguments, and it has no dlopen), so there the site uses `dot` alone.
#if defined(__linux__) && defined(__GLIBC__)

#include <unistd.h>

#include "graphviz_worker_internal.h"

int stackcat_graphviz_worker_supported(void) { return 1; }

/// The largest graph a worker takes (the site draws graphs of at most 150 nodes: a few hundred KB).
#define REQUEST_LIMIT (16 * 1024 * 1024)
static char request[REQUEST_LIMIT + 1];

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
        if (answer_request(request, length) != 0) _exit(65);
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
