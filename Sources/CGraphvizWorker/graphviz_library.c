// Graphviz, opened at run time: libgvc and libcgraph, and of the plugins only the core renderers
// and the dot layout (see stackcat_graphviz_worker.c for why).

#if defined(__linux__)

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "graphviz_worker_internal.h"

static context_plugins_fn gv_context_plugins;
read_fn ag_read;
close_fn ag_close;
layout_fn gv_layout;
free_layout_fn gv_free_layout;
render_data_fn gv_render_data;
free_render_data_fn gv_free_render_data;
seterr_fn ag_seterr;
seterrf_fn ag_seterrf;
errors_fn ag_errors, ag_reseterrors;
void *ag_memory_discipline;
void *gv_context;

static char path_buffer[8192];
static symbol_entry builtins[3];

/// Loads libgvc and libcgraph, then the core and dot-layout plugins from the `graphviz` folder beside
/// libgvc, and makes a context that knows only those two. Returns 0 on success.
int load_graphviz(void) {
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

#endif
