#ifndef FRONTLINE_CSQLITE_SHIM_H
#define FRONTLINE_CSQLITE_SHIM_H
// SQLite's C API (sqlite3.h), shipped by Debian's libsqlite3-dev.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import:
// this returns it so bindings can ask SQLite to copy the bytes before the call returns.
static inline sqlite3_destructor_type frontline_sqlite3_transient(void) {
  return SQLITE_TRANSIENT;
}
#endif
