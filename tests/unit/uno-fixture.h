/* SPDX-License-Identifier: MPL-2.0 */
/* Drives the add-in through the binary UNO interface without an office:
 * registers the few type descriptions the office would provide, builds
 * argument values as Calc passes them, and calls members by name. Shared by
 * the unit tests and the fuzz targets. */
#pragma once

#include "addin/uno.h"

/* The component's exported entry points, declared as the loader sees them. */
void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                     uno_Environment **env);
void *SAL_CALL component_getFactory(const char *implementation_name, void *service_manager,
                                    void *registry_key);

/* Registers the exception, struct and XPropertySet types the add-in uses. */
void fixture_register_types(void);

/* A fresh add-in object made through the component's own factory. */
uno_Interface *fixture_new_object(void);

/* Calls @member ("com.sun.star.sheet.XAddIn::getDisplayFunctionName", or a
 * bare method name of org.yardplan.XFunctions) as the bridge would. Returns
 * the exception's type name (free it), or NULL when the call succeeded. */
char *fixture_dispatch(uno_Interface *iface, const char *member, void *ret, void *args[]);

/* ---- Values as Calc passes them ---------------------------------------- */

/* sequence<sequence<any>> of rows x cols void anys; release with fixture_rows_free. */
uno_Sequence *fixture_rows_new(guint rows, guint cols);
void fixture_rows_free(uno_Sequence *rows);
void fixture_rows_set_number(uno_Sequence *rows, guint row, guint col, double value);
void fixture_rows_set_text(uno_Sequence *rows, guint row, guint col, const char *text);

/* A single value as a 1 x 1 block, the way Calc passes a required argument. */
uno_Sequence *fixture_rows_number(double value);
uno_Sequence *fixture_rows_text(const char *text);

/* Optional arguments: anys holding nothing, a number, a text or a block. */
void fixture_any_void(uno_Any *any);
void fixture_any_number(uno_Any *any, double value);
void fixture_any_text(uno_Any *any, const char *text);
void fixture_any_rows(uno_Any *any, uno_Sequence *rows);
void fixture_any_clear(uno_Any *any);

/* Reading results. */
gboolean fixture_any_get_number(const uno_Any *any, double *out);
char *fixture_any_get_text(const uno_Any *any);
/* The cell of a [][]double or [][]any result; FALSE when absent. */
gboolean fixture_result_shape(const uno_Any *any, guint *rows, guint *cols);
gboolean fixture_result_number(const uno_Any *any, guint row, guint col, double *out);
char *fixture_result_text(const uno_Any *any, guint row, guint col);

/* A caller XPropertySet whose NullDate is the given date. */
uno_Interface *fixture_caller_new(int year, int month, int day);

/* ---- Odd values, for the fuzz targets -------------------------------------
 * Calc never passes most of these; a robust add-in must take them anyway. */

/* As fixture_dispatch; also sets *message, unless @message is NULL, to the
 * exception's Message as UTF-8 (free it; NULL when it is not valid UTF-16),
 * or to NULL on success. */
char *fixture_dispatch_message(uno_Interface *iface, const char *member, void *ret, void *args[],
                               char **message);

/* sequence<sequence<any>> whose row r holds cols[r] void anys: ragged when
 * the lengths differ. Release with fixture_rows_free. */
uno_Sequence *fixture_rows_new_ragged(guint rows, const guint *cols);
/* Sets a cell of fixture_rows_new* rows to a copy of @value. */
void fixture_rows_set_any(uno_Sequence *rows, guint row, guint col, const uno_Any *value);

/* An any holding one value of a simple type: @type_class and its name
 * ("boolean", "byte", "short", "long", "hyper", "float", "char", ...), the
 * value read from @value in that type's C layout. */
void fixture_any_simple(uno_Any *any, typelib_TypeClass type_class, const char *type_name,
                        const void *value);
/* An any holding a UTF-16 string as given, which may be broken (a lone
 * surrogate). */
void fixture_any_utf16(uno_Any *any, const sal_Unicode *text, sal_Int32 length);
/* An any holding sequence<sequence<double>>: rows x cols values, row-major. */
void fixture_any_double_rows(uno_Any *any, guint rows, guint cols, const double *values);
/* An any holding a sequence of the named type ("[]any", "[]double",
 * "[][]string", ...) with @n default elements. */
void fixture_any_sequence(uno_Any *any, const char *type_name, guint n);
/* An any holding the struct com.sun.star.util.Date. */
void fixture_any_date(uno_Any *any, int year, int month, int day);

/* What a caller made by fixture_caller_new_mode answers for NullDate. */
typedef enum {
    FIXTURE_CALLER_DATE,   /* the date given */
    FIXTURE_CALLER_THROWS, /* a RuntimeException */
    FIXTURE_CALLER_VOID,   /* a void any */
    FIXTURE_CALLER_TEXT,   /* a string instead of a Date */
} FixtureCallerMode;

/* A caller XPropertySet answering as @mode says; the date fields are
 * stored as the UNO struct holds them (so 0 or 13 reach the add-in). */
uno_Interface *fixture_caller_new_mode(FixtureCallerMode mode, int year, int month, int day);
