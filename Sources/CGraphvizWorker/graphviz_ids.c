// Graphviz's ID discipline replaced by one that numbers a graph's objects in the order they are
// made, so that a graph's layout depends on its DOT text alone (see stackcat_graphviz_worker.c).

#if defined(__linux__)

#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "graphviz_worker_internal.h"

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

id_discipline ids_in_order = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

#endif
