// What the worker's files share (not part of the module's interface: include/ holds that). Every
// declaration here is hidden, so that nothing of the worker joins the executable's exported symbols,
// where it could stand in for a symbol of the Graphviz libraries the worker opens.

#ifndef STACKCAT_GRAPHVIZ_WORKER_INTERNAL_H
#define STACKCAT_GRAPHVIZ_WORKER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#pragma GCC visibility push(hidden)

// MARK: - Graphviz (graphviz_library.c)

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

extern read_fn ag_read;
extern close_fn ag_close;
extern layout_fn gv_layout;
extern free_layout_fn gv_free_layout;
extern render_data_fn gv_render_data;
extern free_render_data_fn gv_free_render_data;
extern seterr_fn ag_seterr;
extern seterrf_fn ag_seterrf;
extern errors_fn ag_errors, ag_reseterrors;
extern void *ag_memory_discipline;
extern void *gv_context;

/// Loads libgvc and libcgraph, then the core and dot-layout plugins, and makes a context that knows
/// only those two. Returns 0 on success.
int load_graphviz(void);

// MARK: - IDs in order of appearance (graphviz_ids.c)

/// The ID discipline that numbers a graph's objects in the order they are made.
extern id_discipline ids_in_order;

// MARK: - Frames (graphviz_frames.c)

/// Writes all of `bytes`. Returns 0, or -1 when they cannot be written.
int write_all(int fd, const char *bytes, size_t length);

/// Reads exactly `length` bytes into `into`, or skips them when `into` is NULL. Returns 0, or -1 at an
/// early end of input.
int read_exactly(int fd, char *into, size_t length);

/// Reads a frame's length line: 1 with `*length` set, 0 at the end of input, -1 when malformed.
int read_length(int fd, size_t *length);

// MARK: - Drawing (graphviz_drawing.c)

/// Lays out the graph in `request` (`length` bytes, followed by a zero byte) and writes the answer:
/// its SVG, or "x" when Graphviz fails. Returns -1 when the answer cannot be written.
int answer_request(const char *request, size_t length);

#pragma GCC visibility pop

#endif
