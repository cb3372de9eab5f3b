/* SPDX-License-Identifier: MPL-2.0 */
/* The dispatcher's side of a call: set it up from the arguments the UNO
 * bridge passed, run the entry, hand the result back as an any. */
#pragma once

#include "addin/call.h"
#include "addin/uno.h"

/* Every function's IDL parameter 0 is the caller's document (an
 * XPropertySet Calc fills in), so table argument i is UNO argument i + 1. */
#define ADDIN_CALLER_ARGS 1

/* The document's NullDate when it cannot be read: 1899-12-30. */
#define ADDIN_DEFAULT_NULL_DATE 693594

typedef enum {
    ADDIN_RESULT_NONE,
    ADDIN_RESULT_NUMBER,
    ADDIN_RESULT_TEXT,
    ADDIN_RESULT_MATRIX,
} AddinResultKind;

struct _AddinMatrix {
    AddinCall *call;
    guint rows;
    guint cols;
    double *numbers;
    const char **texts; /* NULL until a cell holds text */
    guint8 *kinds;      /* AddinCellKind per cell */
};

struct _AddinCall {
    const AddinFunction *fn;
    const AddinTypes *types;
    void **uno_args;
    guint n_args;

    gboolean null_date_known;
    YpDay null_date;

    GStringChunk *strings;
    GPtrArray *owned; /* freed with the call */

    AddinResultKind result_kind;
    double result_number;
    const char *result_text;
    AddinMatrix *result_matrix;
};

/**
 * addin_call_init:
 * Prepares @call for @fn with the bridge's @uno_args (caller first).
 */
void addin_call_init(AddinCall *call, const AddinFunction *fn, const AddinTypes *types,
                     void **uno_args);
void addin_call_clear(AddinCall *call);

/**
 * addin_call_run:
 * Runs the entry and constructs its result into @ret; FALSE with @error
 * set when the entry failed or set no result.
 */
gboolean addin_call_run(AddinCall *call, uno_Any *ret, GError **error);
