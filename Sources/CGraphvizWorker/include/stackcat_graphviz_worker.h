#ifndef STACKCAT_GRAPHVIZ_WORKER_H
#define STACKCAT_GRAPHVIZ_WORKER_H

/// The first argument that makes stackcat start as a Graphviz worker (see stackcat_graphviz_worker.c).
#define STACKCAT_GRAPHVIZ_WORKER_ARGUMENT "__graphviz-worker"

/// The worker's exit status when Graphviz's libraries cannot be loaded: stackcat then stops starting
/// workers and draws with `dot`.
#define STACKCAT_GRAPHVIZ_WORKER_NO_GRAPHVIZ 69

/// 1 on platforms where the worker exists (Linux), 0 elsewhere. Referencing it also keeps the
/// worker's object file, and so its start-up hook, in the executable.
int stackcat_graphviz_worker_supported(void);

#endif
