// Opens libproj on the first PROJ call instead of when the process starts.
//
// libproj.so.25 brings about 40 shared libraries with it (libcurl-gnutls, GnuTLS, Kerberos,
// LDAP, libtiff, libstdc++ …). Loading, relocating and running the constructors of that tree
// cost about 10 ms of CPU in every `frontline` process, even in the commands that never
// transform a coordinate (`frontline --version`, `gazetteer lookup`): a C `int main(){}`
// linked with `-lproj` took 11.3 ms of task-clock against 0.65 ms without it
// (`perf stat -r 20`, 2-core machine, a build running alongside).
//
// So Frontline does not link libproj. Every PROJ function it calls (the list below: the
// compiler checks each against proj.h / geodesic.h, which CProj.h includes) is defined here as
// a forwarder that calls through a table filled by `dlopen` + `dlsym` once, under
// `pthread_once`, on the first call from any thread. After that a call costs an acquire
// load, a branch and one indirect call. A function missing from the list is a link error
// ("undefined reference"), not a silent fallback.
//
// If libproj cannot be opened the process stops with exit status 127 and the loader's message,
// as it would have at start-up when libproj was linked.
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

// The forwarders are hidden: Frontline's own calls reach them, but the dynamic symbol table
// does not offer them, so libproj's internal calls to its exported functions (proj_destroy …)
// bind to libproj itself rather than back through this table. PROJ_DLL and GEOD_DLL would
// otherwise mark each declaration visibility("default"); system headers come first so that
// the C library's declarations stay default.
#define PROJ_DLL
#define GEOD_DLL
#pragma GCC visibility push(hidden)
#include "CProj.h"

struct proj_functions {
  const char*(*proj_as_wkt)(PJ_CONTEXT *ctx, const PJ *obj, PJ_WKT_TYPE type, const char* const *options);
  PJ *(*proj_clone)(PJ_CONTEXT *ctx, const PJ *obj);
  PJ_CONTEXT *(*proj_context_create)(void);
  PJ_CONTEXT *(*proj_context_destroy)(PJ_CONTEXT *ctx);
  int (*proj_context_errno)(PJ_CONTEXT *ctx);
  const char *(*proj_context_errno_string)(PJ_CONTEXT *ctx, int err);
  int (*proj_context_set_enable_network)(PJ_CONTEXT *ctx, int enabled);
  PJ *(*proj_create)(PJ_CONTEXT *ctx, const char *definition);
  PJ *(*proj_create_crs_to_crs_from_pj)(PJ_CONTEXT *ctx, const PJ *source_crs, const PJ *target_crs, PJ_AREA *area, const char* const *options);
  PJ *(*proj_crs_get_sub_crs)(PJ_CONTEXT *ctx, const PJ *crs, int index);
  PJ *(*proj_destroy)(PJ *P);
  int (*proj_errno)(const PJ *P);
  int (*proj_errno_reset)(const PJ *P);
  const char *(*proj_get_id_auth_name)(const PJ *obj, int index);
  const char *(*proj_get_id_code)(const PJ *obj, int index);
  const char *(*proj_get_name)(const PJ *obj);
  PJ *(*proj_get_source_crs)(PJ_CONTEXT *ctx, const PJ *obj);
  PJ_TYPE (*proj_get_type)(const PJ *obj);
  int (*proj_is_crs)(const PJ *obj);
  void (*proj_log_func)(PJ_CONTEXT *ctx, void *app_data, PJ_LOG_FUNCTION logf);
  PJ_LOG_LEVEL (*proj_log_level)(PJ_CONTEXT *ctx, PJ_LOG_LEVEL log_level);
  PJ *(*proj_normalize_for_visualization)(PJ_CONTEXT *ctx, const PJ *obj);
  size_t (*proj_trans_generic)(PJ *P, PJ_DIRECTION direction, double *x, size_t sx, size_t nx, double *y, size_t sy, size_t ny, double *z, size_t sz, size_t nz, double *t, size_t st, size_t nt);
  void (*geod_init)(struct geod_geodesic *g, double a, double f);
  void (*geod_direct)(const struct geod_geodesic *g, double lat1, double lon1, double azi1, double s12, double *plat2, double *plon2, double *pazi2);
  void (*geod_inverse)(const struct geod_geodesic *g, double lat1, double lon1, double lat2, double lon2, double *ps12, double *pazi1, double *pazi2);
  void (*geod_polygonarea)(const struct geod_geodesic *g, double lats[], double lons[], int n, double *pA, double *pP);
};

static struct proj_functions functions;
static pthread_once_t functions_once = PTHREAD_ONCE_INIT;
static int functions_ready; // set (release) by load_proj once every entry is filled

// PROJ 6 … 9.x keep soname 25 (Debian 12: libproj25, PROJ 9.1); the unversioned name is the
// libproj-dev symlink, for a newer soname on a machine that builds from source.
static const char *const library_names[] = {
#if defined(__APPLE__)
  "libproj.25.dylib", "libproj.dylib", "/opt/homebrew/lib/libproj.dylib", "/usr/local/lib/libproj.dylib",
#else
  "libproj.so.25", "libproj.so",
#endif
};

static void load_proj(void) {
  void *library = NULL;
  for (size_t i = 0; i < sizeof library_names / sizeof library_names[0] && library == NULL; i++) {
    // dlopen: NULL on failure, the reason in dlerror().
    library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) {
    fprintf(stderr, "frontline: cannot load PROJ (%s): %s\nInstall it (Debian: apt-get install libproj25, or libproj-dev to build) and run again.\n", library_names[0], dlerror());
    exit(127);
  }
#define RESOLVE(name)                                                                 \
  do {                                                                                \
    /* dlsym: NULL when the symbol is missing (no PROJ function returns NULL here). */ \
    *(void **)&functions.name = dlsym(library, #name);                                \
    if (functions.name == NULL) {                                                     \
      fprintf(stderr, "frontline: PROJ has no %s: %s\n", #name, dlerror());          \
      exit(127);                                                                      \
    }                                                                                 \
  } while (0)
  RESOLVE(proj_as_wkt);
  RESOLVE(proj_clone);
  RESOLVE(proj_context_create);
  RESOLVE(proj_context_destroy);
  RESOLVE(proj_context_errno);
  RESOLVE(proj_context_errno_string);
  RESOLVE(proj_context_set_enable_network);
  RESOLVE(proj_create);
  RESOLVE(proj_create_crs_to_crs_from_pj);
  RESOLVE(proj_crs_get_sub_crs);
  RESOLVE(proj_destroy);
  RESOLVE(proj_errno);
  RESOLVE(proj_errno_reset);
  RESOLVE(proj_get_id_auth_name);
  RESOLVE(proj_get_id_code);
  RESOLVE(proj_get_name);
  RESOLVE(proj_get_source_crs);
  RESOLVE(proj_get_type);
  RESOLVE(proj_is_crs);
  RESOLVE(proj_log_func);
  RESOLVE(proj_log_level);
  RESOLVE(proj_normalize_for_visualization);
  RESOLVE(proj_trans_generic);
  RESOLVE(geod_init);
  RESOLVE(geod_direct);
  RESOLVE(geod_inverse);
  RESOLVE(geod_polygonarea);
#undef RESOLVE
  __atomic_store_n(&functions_ready, 1, __ATOMIC_RELEASE);
}

static inline const struct proj_functions *proj_library(void) {
  // Filled: one acquire load and a branch, no call (geod_inverse runs once per `near` query).
  if (__atomic_load_n(&functions_ready, __ATOMIC_ACQUIRE)) return &functions;
  // pthread_once: 0 on success; other threads wait here until load_proj has returned.
  pthread_once(&functions_once, load_proj);
  return &functions;
}

const char*proj_as_wkt(PJ_CONTEXT *ctx, const PJ *obj, PJ_WKT_TYPE type, const char* const *options) {
  return proj_library()->proj_as_wkt(ctx, obj, type, options);
}

PJ *proj_clone(PJ_CONTEXT *ctx, const PJ *obj) {
  return proj_library()->proj_clone(ctx, obj);
}

PJ_CONTEXT *proj_context_create(void) {
  return proj_library()->proj_context_create();
}

PJ_CONTEXT *proj_context_destroy(PJ_CONTEXT *ctx) {
  return proj_library()->proj_context_destroy(ctx);
}

int proj_context_errno(PJ_CONTEXT *ctx) {
  return proj_library()->proj_context_errno(ctx);
}

const char *proj_context_errno_string(PJ_CONTEXT *ctx, int err) {
  return proj_library()->proj_context_errno_string(ctx, err);
}

int proj_context_set_enable_network(PJ_CONTEXT *ctx, int enabled) {
  return proj_library()->proj_context_set_enable_network(ctx, enabled);
}

PJ *proj_create(PJ_CONTEXT *ctx, const char *definition) {
  return proj_library()->proj_create(ctx, definition);
}

PJ *proj_create_crs_to_crs_from_pj(PJ_CONTEXT *ctx, const PJ *source_crs, const PJ *target_crs, PJ_AREA *area, const char* const *options) {
  return proj_library()->proj_create_crs_to_crs_from_pj(ctx, source_crs, target_crs, area, options);
}

PJ *proj_crs_get_sub_crs(PJ_CONTEXT *ctx, const PJ *crs, int index) {
  return proj_library()->proj_crs_get_sub_crs(ctx, crs, index);
}

PJ *proj_destroy(PJ *P) {
  return proj_library()->proj_destroy(P);
}

int proj_errno(const PJ *P) {
  return proj_library()->proj_errno(P);
}

int proj_errno_reset(const PJ *P) {
  return proj_library()->proj_errno_reset(P);
}

const char *proj_get_id_auth_name(const PJ *obj, int index) {
  return proj_library()->proj_get_id_auth_name(obj, index);
}

const char *proj_get_id_code(const PJ *obj, int index) {
  return proj_library()->proj_get_id_code(obj, index);
}

const char *proj_get_name(const PJ *obj) {
  return proj_library()->proj_get_name(obj);
}

PJ *proj_get_source_crs(PJ_CONTEXT *ctx, const PJ *obj) {
  return proj_library()->proj_get_source_crs(ctx, obj);
}

PJ_TYPE proj_get_type(const PJ *obj) {
  return proj_library()->proj_get_type(obj);
}

int proj_is_crs(const PJ *obj) {
  return proj_library()->proj_is_crs(obj);
}

void proj_log_func(PJ_CONTEXT *ctx, void *app_data, PJ_LOG_FUNCTION logf) {
  proj_library()->proj_log_func(ctx, app_data, logf);
}

PJ_LOG_LEVEL proj_log_level(PJ_CONTEXT *ctx, PJ_LOG_LEVEL log_level) {
  return proj_library()->proj_log_level(ctx, log_level);
}

PJ *proj_normalize_for_visualization(PJ_CONTEXT *ctx, const PJ *obj) {
  return proj_library()->proj_normalize_for_visualization(ctx, obj);
}

size_t proj_trans_generic(PJ *P, PJ_DIRECTION direction, double *x, size_t sx, size_t nx, double *y, size_t sy, size_t ny, double *z, size_t sz, size_t nz, double *t, size_t st, size_t nt) {
  return proj_library()->proj_trans_generic(P, direction, x, sx, nx, y, sy, ny, z, sz, nz, t, st, nt);
}

void geod_init(struct geod_geodesic *g, double a, double f) {
  proj_library()->geod_init(g, a, f);
}

void geod_direct(const struct geod_geodesic *g, double lat1, double lon1, double azi1, double s12, double *plat2, double *plon2, double *pazi2) {
  proj_library()->geod_direct(g, lat1, lon1, azi1, s12, plat2, plon2, pazi2);
}

void geod_inverse(const struct geod_geodesic *g, double lat1, double lon1, double lat2, double lon2, double *ps12, double *pazi1, double *pazi2) {
  proj_library()->geod_inverse(g, lat1, lon1, lat2, lon2, ps12, pazi1, pazi2);
}

void geod_polygonarea(const struct geod_geodesic *g, double lats[], double lons[], int n, double *pA, double *pP) {
  proj_library()->geod_polygonarea(g, lats, lons, n, pA, pP);
}

#pragma GCC visibility pop
