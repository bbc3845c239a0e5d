// One graph drawn: its DOT text read from memory by cgraph, laid out by dot, and its SVG written.

#if defined(__linux__)

#define _GNU_SOURCE
#include <stdio.h>

#include "graphviz_worker_internal.h"

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

/// The largest SVG a worker answers with; larger ones go to `dot`.
#define ANSWER_LIMIT (64 * 1024 * 1024)

int answer_request(const char *request, size_t length) {
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

#endif
