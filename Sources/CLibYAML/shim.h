#ifndef STACKCAT_CLIBYAML_SHIM_H
#define STACKCAT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
