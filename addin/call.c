/* SPDX-License-Identifier: MPL-2.0 */
/* The conversion layer: cells as Calc passes them (anys, sequences of
 * sequences of anys) to plain C values, and results back. Nothing here
 * trusts the shapes or types it is given. */
#include "addin/call-internal.h"

#include "scheduler/error.h"
#include "scheduler/whole-number.h"

#include <math.h>
#include <string.h>

/* How a range's cells are stored. */
enum {
    LAYOUT_NONE,        /* an omitted argument: no cells */
    LAYOUT_SCALAR,      /* one any */
    LAYOUT_ANY_ROWS,    /* sequence<sequence<any>> */
    LAYOUT_DOUBLE_ROWS, /* sequence<sequence<double>> */
};

/* ---- Set-up and tear-down ---------------------------------------------- */

void addin_call_init(AddinCall *call, const AddinFunction *fn, const AddinTypes *types,
                     void **uno_args)
{
    memset(call, 0, sizeof *call);
    call->fn = fn;
    call->types = types;
    call->uno_args = uno_args;
    call->n_args = addin_function_n_args(fn);
    call->strings = g_string_chunk_new(1024);
    call->owned = g_ptr_array_new_with_free_func(g_free);
}

void addin_call_clear(AddinCall *call)
{
    g_clear_pointer(&call->strings, g_string_chunk_free);
    g_clear_pointer(&call->owned, g_ptr_array_unref);
}

static gpointer call_alloc(AddinCall *call, gsize n, gsize size)
{
    gpointer p = g_malloc0_n(n > 0 ? n : 1, size);
    g_ptr_array_add(call->owned, p);
    return p;
}

const char *addin_call_strdup(AddinCall *call, const char *text)
{
    return g_string_chunk_insert(call->strings, text);
}

const char *addin_arg_name(const AddinCall *call, guint arg)
{
    g_return_val_if_fail(arg < call->n_args, "?");
    return call->fn->args[arg].name.en;
}

/* ---- Reading one value ------------------------------------------------- */

static gboolean blank_text(const rtl_uString *s)
{
    for (sal_Int32 i = 0; i < s->length; i++) {
        sal_Unicode c = s->buffer[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xa0)
            return FALSE;
    }
    return TRUE;
}

/* One value: its kind, and its number or string. Integers and booleans
 * count as numbers; blank text counts as empty; a value of any other type
 * is text that cannot be read (*text stays NULL). */
static AddinCellKind any_value(const uno_Any *any, double *number, const rtl_uString **text)
{
    const void *p = any->pData;
    *number = 0;
    *text = NULL;
    switch (any->pType->eTypeClass) {
    case typelib_TypeClass_VOID:
        return ADDIN_CELL_EMPTY;
    case typelib_TypeClass_DOUBLE:
        *number = *(const double *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_FLOAT:
        *number = *(const float *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_BOOLEAN:
        *number = *(const sal_Bool *)p ? 1 : 0;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_BYTE:
        *number = *(const sal_Int8 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_SHORT:
        *number = *(const sal_Int16 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_UNSIGNED_SHORT:
        *number = *(const sal_uInt16 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_LONG:
        *number = *(const sal_Int32 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_UNSIGNED_LONG:
        *number = *(const sal_uInt32 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_HYPER:
        *number = (double)*(const sal_Int64 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_UNSIGNED_HYPER:
        *number = (double)*(const sal_uInt64 *)p;
        return ADDIN_CELL_NUMBER;
    case typelib_TypeClass_STRING:
        *text = *(rtl_uString *const *)p;
        return blank_text(*text) ? ADDIN_CELL_EMPTY : ADDIN_CELL_TEXT;
    default:
        return ADDIN_CELL_TEXT;
    }
}

static gboolean type_named(const typelib_TypeDescriptionReference *type, const char *name)
{
    return rtl_ustr_ascii_compare_WithLength(type->pTypeName->buffer, type->pTypeName->length,
                                             name) == 0;
}

/* ---- Ranges ------------------------------------------------------------ */

/* The widest row, so a ragged block reads as a rectangle padded with
 * empty cells. */
static guint widest_row(const uno_Sequence *outer)
{
    sal_Int32 widest = 0;
    for (sal_Int32 r = 0; r < outer->nElements; r++) {
        const uno_Sequence *row = ((uno_Sequence *const *)outer->elements)[r];
        widest = MAX(widest, row->nElements);
    }
    return (guint)widest;
}

static void range_from_rows(AddinRange *range, const uno_Sequence *outer, int layout)
{
    range->data = outer;
    range->layout = layout;
    range->rows = (guint)outer->nElements;
    range->cols = range->rows > 0 ? widest_row(outer) : 0;
    if (range->cols == 0)
        range->rows = 0;
}

/* A required argument arrives as uno_Sequence ** (sequence<sequence<any>>),
 * an optional one as uno_Any * holding void, a value, or rows of cells. */
static void read_range(AddinCall *call, guint arg, AddinRange *range)
{
    memset(range, 0, sizeof *range);
    range->call = call;
    range->arg = arg;
    void *raw = call->uno_args[arg + ADDIN_CALLER_ARGS];

    if (!call->fn->args[arg].optional) {
        range_from_rows(range, *(uno_Sequence **)raw, LAYOUT_ANY_ROWS);
        return;
    }
    const uno_Any *any = raw;
    if (any->pType->eTypeClass == typelib_TypeClass_VOID) {
        range->layout = LAYOUT_NONE;
    } else if (type_named(any->pType, "[][]any")) {
        range_from_rows(range, *(uno_Sequence **)any->pData, LAYOUT_ANY_ROWS);
    } else if (type_named(any->pType, "[][]double")) {
        range_from_rows(range, *(uno_Sequence **)any->pData, LAYOUT_DOUBLE_ROWS);
    } else {
        range->data = any;
        range->layout = LAYOUT_SCALAR;
        range->rows = range->cols = 1;
    }
}

gboolean addin_arg_range(AddinCall *call, guint arg, AddinRange *out, GError **error)
{
    g_return_val_if_fail(arg < call->n_args, FALSE);
    (void)error; /* every shape is a range; the entry checks the one it needs */
    read_range(call, arg, out);
    return TRUE;
}

static AddinCellKind cell_value(const AddinRange *range, guint row, guint col, double *number,
                                const rtl_uString **text)
{
    *number = 0;
    *text = NULL;
    if (row >= range->rows || col >= range->cols)
        return ADDIN_CELL_EMPTY;
    if (range->layout == LAYOUT_SCALAR)
        return any_value(range->data, number, text);

    const uno_Sequence *outer = range->data;
    const uno_Sequence *cells = ((uno_Sequence *const *)outer->elements)[row];
    if ((sal_Int32)col >= cells->nElements)
        return ADDIN_CELL_EMPTY;
    if (range->layout == LAYOUT_DOUBLE_ROWS) {
        *number = ((const double *)cells->elements)[col];
        return ADDIN_CELL_NUMBER;
    }
    return any_value(&((const uno_Any *)cells->elements)[col], number, text);
}

AddinCellKind addin_range_kind(const AddinRange *range, guint row, guint col)
{
    double number;
    const rtl_uString *text;
    return cell_value(range, row, col, &number, &text);
}

gboolean addin_range_number(const AddinRange *range, guint row, guint col, double *out)
{
    const rtl_uString *text;
    return cell_value(range, row, col, out, &text) == ADDIN_CELL_NUMBER && isfinite(*out);
}

/* The number as Calc writes it as text: the shortest decimal that reads
 * back as the same number, at most 15 significant digits, so the 0.3 a
 * formula computes as 0.30000000000000004 is the ID "0.3" a planner typed. */
static void format_number(double value, char buf[G_ASCII_DTOSTR_BUF_SIZE])
{
    if (value == floor(value) && fabs(value) < 1e15) {
        g_snprintf(buf, G_ASCII_DTOSTR_BUF_SIZE, "%.0f", value == 0 ? 0.0 : value);
        return;
    }
    for (int digits = 1; digits <= 15; digits++) {
        char format[8];
        g_snprintf(format, sizeof format, "%%.%dg", digits);
        g_ascii_formatd(buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
        if (g_ascii_strtod(buf, NULL) == value)
            return;
    }
}

static const char *text_to_utf8(AddinCall *call, const rtl_uString *text)
{
    /* Most cells are short ASCII: copy them without a temporary. */
    char ascii[256];
    if (text->length < (sal_Int32)sizeof ascii) {
        sal_Int32 i = 0;
        for (; i < text->length && text->buffer[i] < 0x80; i++)
            ascii[i] = (char)text->buffer[i];
        if (i == text->length)
            return g_string_chunk_insert_len(call->strings, ascii, i);
    }
    g_autofree char *utf8 = addin_ustring_to_utf8(text);
    return utf8 != NULL ? g_string_chunk_insert(call->strings, utf8) : NULL;
}

const char *addin_range_text(const AddinRange *range, guint row, guint col)
{
    double number;
    const rtl_uString *text;
    switch (cell_value(range, row, col, &number, &text)) {
    case ADDIN_CELL_EMPTY:
        return "";
    case ADDIN_CELL_NUMBER: {
        if (!isfinite(number))
            return NULL;
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        format_number(number, buf);
        return g_string_chunk_insert(range->call->strings, buf);
    }
    case ADDIN_CELL_TEXT:
    default:
        return text != NULL ? text_to_utf8(range->call, text) : NULL;
    }
}

gboolean addin_range_lone_zero(const AddinRange *range)
{
    double number;
    return range->rows == 1 && range->cols == 1 && addin_range_number(range, 0, 0, &number) &&
           number == 0;
}

guint addin_range_used_rows(const AddinRange *range)
{
    for (guint row = range->rows; row > 0; row--) {
        for (guint col = 0; col < range->cols; col++) {
            if (addin_range_kind(range, row - 1, col) != ADDIN_CELL_EMPTY)
                return row;
        }
    }
    return 0;
}

/* ---- Messages ------------------------------------------------------------ */

/* "exceptions, row 3" for a cell of a block, "start" for a single value. */
static char *cell_label(const AddinRange *range, guint row, guint col)
{
    const char *name = addin_arg_name(range->call, range->arg);
    if (range->rows <= 1 && range->cols <= 1)
        return g_strdup(name);
    if (range->cols == 1)
        return g_strdup_printf("%s, row %u", name, row + 1);
    if (range->rows == 1)
        return g_strdup_printf("%s, column %u", name, col + 1);
    return g_strdup_printf("%s, row %u column %u", name, row + 1, col + 1);
}

/* What a cell holds, quoted for a message: "the text “x”", "an empty cell". */
static char *describe_cell(const AddinRange *range, guint row, guint col)
{
    double number;
    const rtl_uString *text;
    switch (cell_value(range, row, col, &number, &text)) {
    case ADDIN_CELL_EMPTY:
        return g_strdup("is empty");
    case ADDIN_CELL_NUMBER: {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        if (!isfinite(number))
            return g_strdup("is not a finite number");
        format_number(number, buf);
        return g_strdup_printf("holds %s", buf);
    }
    case ADDIN_CELL_TEXT:
    default: {
        const char *utf8 = text != NULL ? text_to_utf8(range->call, text) : NULL;
        if (utf8 == NULL)
            return g_strdup("holds a value that is not a number or text");
        if (g_utf8_strlen(utf8, -1) > 40)
            return g_strdup("holds a long text");
        return g_strdup_printf("holds the text \"%s\"", utf8);
    }
    }
}

static gboolean fail_cell(const AddinRange *range, guint row, guint col, const char *wanted,
                          GError **error)
{
    g_autofree char *label = cell_label(range, row, col);
    g_autofree char *found = describe_cell(range, row, col);
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s must be %s but %s.", label, wanted, found);
    return FALSE;
}

/* ---- Single-value arguments ---------------------------------------------- */

/* The argument as one cell; a 0 x 0 block is an empty cell. */
static gboolean single_value(AddinCall *call, guint arg, AddinRange *range, GError **error)
{
    read_range(call, arg, range);
    if (range->rows <= 1 && range->cols <= 1)
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%s must be a single value, not a range of %u x %u cells.",
                addin_arg_name(call, arg), range->rows, range->cols);
    return FALSE;
}

gboolean addin_arg_given(AddinCall *call, guint arg)
{
    g_return_val_if_fail(arg < call->n_args, FALSE);
    AddinRange range;
    read_range(call, arg, &range);
    return addin_range_used_rows(&range) > 0;
}

AddinCellKind addin_arg_kind(AddinCall *call, guint arg)
{
    g_return_val_if_fail(arg < call->n_args, ADDIN_CELL_EMPTY);
    AddinRange range;
    read_range(call, arg, &range);
    return range.rows == 1 && range.cols == 1 ? addin_range_kind(&range, 0, 0) : ADDIN_CELL_EMPTY;
}

static gboolean missing(AddinCall *call, guint arg, GError **error)
{
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s is missing.", addin_arg_name(call, arg));
    return FALSE;
}

gboolean addin_arg_number(AddinCall *call, guint arg, double fallback, double *out, GError **error)
{
    g_return_val_if_fail(arg < call->n_args, FALSE);
    AddinRange range;
    if (!single_value(call, arg, &range, error))
        return FALSE;
    switch (addin_range_kind(&range, 0, 0)) {
    case ADDIN_CELL_EMPTY:
        if (!call->fn->args[arg].optional)
            return missing(call, arg, error);
        *out = fallback;
        return TRUE;
    case ADDIN_CELL_NUMBER:
        if (addin_range_number(&range, 0, 0, out))
            return TRUE;
        return fail_cell(&range, 0, 0, "a number", error);
    case ADDIN_CELL_TEXT:
    default:
        return fail_cell(&range, 0, 0, "a number", error);
    }
}

gboolean addin_arg_int(AddinCall *call, guint arg, gint64 fallback, gint64 min, gint64 max,
                       gint64 *out, GError **error)
{
    double value;
    if (!addin_arg_number(call, arg, (double)fallback, &value, error))
        return FALSE;
    if (!yp_whole_number(value, &value)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s must be a whole number, not %g.",
                    addin_arg_name(call, arg), value);
        return FALSE;
    }
    if (value < (double)min || value > (double)max) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s must lie between %" G_GINT64_FORMAT " and %" G_GINT64_FORMAT ", not %.0f.",
                    addin_arg_name(call, arg), min, max, value);
        return FALSE;
    }
    *out = (gint64)value;
    return TRUE;
}

gboolean addin_arg_count(AddinCall *call, guint arg, gint64 fallback, gint64 min, gint64 max,
                         gint64 *out, GError **error)
{
    g_return_val_if_fail(min >= 1, FALSE);
    double value;
    if (addin_arg_kind(call, arg) == ADDIN_CELL_NUMBER &&
        addin_arg_number(call, arg, 0, &value, NULL) && value == 0) {
        *out = fallback;
        return TRUE;
    }
    return addin_arg_int(call, arg, fallback, min, max, out, error);
}

/* The document's NullDate through the caller's XPropertySet, as Calc's own
 * date add-ins read it; the default when there is no caller. */
static YpDay read_null_date(const AddinCall *call)
{
    uno_Interface *props = *(uno_Interface **)call->uno_args[0];
    if (props == NULL)
        return ADDIN_DEFAULT_NULL_DATE;

    typelib_TypeDescription *iface = NULL;
    rtl_uString *iface_name = addin_ustring_from_utf8("com.sun.star.beans.XPropertySet");
    typelib_typedescription_getByName(&iface, iface_name);
    rtl_uString_release(iface_name);
    if (iface == NULL)
        return ADDIN_DEFAULT_NULL_DATE;
    if (!iface->bComplete)
        typelib_typedescription_complete(&iface);

    typelib_TypeDescription *method = NULL;
    const typelib_InterfaceTypeDescription *itd = (const typelib_InterfaceTypeDescription *)iface;
    for (sal_Int32 i = 0; i < itd->nAllMembers && method == NULL; i++) {
        typelib_TypeDescriptionReference *member = itd->ppAllMembers[i];
        typelib_TypeDescription *td = NULL;
        typelib_typedescriptionreference_getDescription(&td, member);
        if (td != NULL &&
            addin_member_is(td, "com.sun.star.beans.XPropertySet", "getPropertyValue"))
            method = td;
        else if (td != NULL)
            typelib_typedescription_release(td);
    }
    typelib_typedescription_release(iface);
    if (method == NULL)
        return ADDIN_DEFAULT_NULL_DATE;

    rtl_uString *property = addin_ustring_from_utf8("NullDate");
    void *args[1] = { &property };
    uno_Any result, exception_storage;
    uno_Any *exception = &exception_storage;
    props->pDispatcher(props, method, &result, args, &exception);
    rtl_uString_release(property);
    typelib_typedescription_release(method);
    if (exception != NULL) {
        uno_any_destruct(exception, NULL);
        return ADDIN_DEFAULT_NULL_DATE;
    }

    /* com.sun.star.util.Date { unsigned short Day, Month; short Year; } */
    YpDay null_date = ADDIN_DEFAULT_NULL_DATE;
    if (type_named(result.pType, "com.sun.star.util.Date")) {
        const sal_uInt16 *day_month = result.pData;
        const sal_Int16 *year = (const sal_Int16 *)(day_month + 2);
        YpDay day = yp_day_from_ymd(*year, day_month[1], day_month[0]);
        if (day != 0)
            null_date = day;
    }
    uno_any_destruct(&result, NULL);
    return null_date;
}

static YpDay null_date(AddinCall *call)
{
    if (!call->null_date_known) {
        call->null_date = read_null_date(call);
        call->null_date_known = TRUE;
    }
    return call->null_date;
}

/* A serial of the document as an engine day; FALSE outside the supported dates. */
static gboolean serial_to_day(AddinCall *call, double serial, YpDay *out)
{
    double day = floor(serial) + (double)null_date(call);
    if (!(day >= YP_DAY_FIRST && day <= YP_DAY_LAST))
        return FALSE;
    *out = (YpDay)day;
    return TRUE;
}

#define DATE_WANTED "a date between 1583-01-01 and 9999-12-31"

gboolean addin_range_fail(const AddinRange *range, guint row, guint col, const char *wanted,
                          GError **error)
{
    return fail_cell(range, row, col, wanted, error);
}

gboolean addin_range_number_or_nan(const AddinRange *range, guint row, guint col,
                                   const char *wanted, double *out, GError **error)
{
    if (addin_range_kind(range, row, col) == ADDIN_CELL_EMPTY) {
        *out = NAN;
        return TRUE;
    }
    return addin_range_number(range, row, col, out) || fail_cell(range, row, col, wanted, error);
}

gboolean addin_range_get_text(const AddinRange *range, guint row, guint col, const char **out,
                              GError **error)
{
    *out = addin_range_text(range, row, col);
    return *out != NULL || fail_cell(range, row, col, "a text", error);
}

gboolean addin_range_get_number(const AddinRange *range, guint row, guint col, double *out,
                                GError **error)
{
    if (addin_range_number(range, row, col, out))
        return TRUE;
    return fail_cell(range, row, col, "a number", error);
}

gboolean addin_range_date(const AddinRange *range, guint row, guint col, YpDay *out, GError **error)
{
    double serial;
    if (addin_range_number(range, row, col, &serial) && serial_to_day(range->call, serial, out))
        return TRUE;
    return fail_cell(range, row, col, DATE_WANTED, error);
}

gboolean addin_arg_date(AddinCall *call, guint arg, gboolean *given, YpDay *out, GError **error)
{
    g_return_val_if_fail(arg < call->n_args, FALSE);
    AddinRange range;
    if (!single_value(call, arg, &range, error))
        return FALSE;
    double serial = 0;
    AddinCellKind kind = addin_range_kind(&range, 0, 0);
    gboolean empty = kind == ADDIN_CELL_EMPTY ||
                     (kind == ADDIN_CELL_NUMBER && addin_range_number(&range, 0, 0, &serial) &&
                      serial == 0 && given != NULL);
    if (given != NULL)
        *given = !empty;
    if (empty)
        return given != NULL ? TRUE : missing(call, arg, error);
    return addin_range_date(&range, 0, 0, out, error);
}

gboolean addin_arg_text(AddinCall *call, guint arg, const char *fallback, const char **out,
                        GError **error)
{
    g_return_val_if_fail(arg < call->n_args, FALSE);
    AddinRange range;
    if (!single_value(call, arg, &range, error))
        return FALSE;
    switch (addin_range_kind(&range, 0, 0)) {
    case ADDIN_CELL_TEXT: {
        const char *text = addin_range_text(&range, 0, 0);
        if (text == NULL)
            return fail_cell(&range, 0, 0, "a text", error);
        g_autofree char *trimmed = g_strstrip(g_strdup(text));
        *out = addin_call_strdup(call, trimmed);
        return TRUE;
    }
    case ADDIN_CELL_NUMBER:
        /* An empty cell passed alone arrives as 0. */
        if (fallback != NULL && addin_range_lone_zero(&range)) {
            *out = fallback;
            return TRUE;
        }
        return fail_cell(&range, 0, 0, "a text", error);
    case ADDIN_CELL_EMPTY:
    default:
        if (fallback == NULL)
            return missing(call, arg, error);
        *out = fallback;
        return TRUE;
    }
}

/* ---- Lists --------------------------------------------------------------- */

/* The cells of a list in reading order (row by row), as (row, col) pairs,
 * blanks skipped. A list is a set of values, so any block will do. */
static void list_cells(const AddinRange *range, guint **cells, gsize *n)
{
    gsize total = (gsize)range->rows * range->cols;
    *cells = call_alloc(range->call, total, 2 * sizeof **cells);
    *n = 0;
    for (guint row = 0; row < range->rows; row++)
        for (guint col = 0; col < range->cols; col++) {
            if (addin_range_kind(range, row, col) == ADDIN_CELL_EMPTY)
                continue;
            /* A single empty cell passed alone arrives as 0. */
            if (range->layout == LAYOUT_SCALAR && addin_range_lone_zero(range))
                continue;
            (*cells)[2 * *n] = row;
            (*cells)[2 * *n + 1] = col;
            (*n)++;
        }
}

gboolean addin_range_number_list(const AddinRange *range, const double **out, gsize *n,
                                 GError **error)
{
    guint *cells;
    list_cells(range, &cells, n);
    double *values = call_alloc(range->call, *n, sizeof *values);
    for (gsize i = 0; i < *n; i++) {
        if (!addin_range_number(range, cells[2 * i], cells[2 * i + 1], &values[i]))
            return fail_cell(range, cells[2 * i], cells[2 * i + 1], "a number", error);
    }
    *out = values;
    return TRUE;
}

gboolean addin_range_date_list(const AddinRange *range, const YpDay **out, gsize *n, GError **error)
{
    guint *cells;
    list_cells(range, &cells, n);
    YpDay *days = call_alloc(range->call, *n, sizeof *days);
    for (gsize i = 0; i < *n; i++) {
        if (!addin_range_date(range, cells[2 * i], cells[2 * i + 1], &days[i], error))
            return FALSE;
    }
    *out = days;
    return TRUE;
}

/* ---- Vectors ------------------------------------------------------------- */

gboolean addin_arg_vector(AddinCall *call, guint arg, AddinVector *out, GError **error)
{
    g_return_val_if_fail(arg < call->n_args, FALSE);
    read_range(call, arg, &out->range);
    const AddinRange *r = &out->range;
    if (r->rows > 1 && r->cols > 1) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s must be one column or one row, not %u x %u cells.",
                    addin_arg_name(call, arg), r->rows, r->cols);
        return FALSE;
    }
    out->by_row = r->rows == 1 && r->cols > 1;
    out->n = out->by_row ? r->cols : addin_range_used_rows(r);
    while (out->by_row && out->n > 0 && addin_range_kind(r, 0, out->n - 1) == ADDIN_CELL_EMPTY)
        out->n--;
    return TRUE;
}

gboolean addin_vector_number(const AddinVector *vector, guint i, double *out, GError **error)
{
    return addin_range_get_number(&vector->range, vector->by_row ? 0 : i, vector->by_row ? i : 0,
                                  out, error);
}

gboolean addin_vector_date(const AddinVector *vector, guint i, YpDay *out, GError **error)
{
    return addin_range_date(&vector->range, vector->by_row ? 0 : i, vector->by_row ? i : 0, out,
                            error);
}

gboolean addin_vector_text(const AddinVector *vector, guint i, const char **out, GError **error)
{
    return addin_range_get_text(&vector->range, vector->by_row ? 0 : i, vector->by_row ? i : 0, out,
                                error);
}

/* ---- Calendars ------------------------------------------------------------ */

/* A mask typed into a cell without quotes arrives as a number (0000011 is
 * 11): read a whole number made of the digits 0 and 1 as its seven digits. */
static gboolean weekend_from_number(double number, char mask[8])
{
    if (number < 0 || number > 1111111 || number != floor(number))
        return FALSE;
    g_snprintf(mask, 8, "%07.0f", number);
    return strspn(mask, "01") == 7;
}

static gboolean read_weekend(AddinCall *call, guint arg, YpWeekend *out, GError **error)
{
    AddinRange range;
    if (!single_value(call, arg, &range, error))
        return FALSE;
    double number;
    char mask[8];
    switch (addin_range_kind(&range, 0, 0)) {
    case ADDIN_CELL_EMPTY:
        *out = YP_WEEKEND_DEFAULT;
        return TRUE;
    case ADDIN_CELL_NUMBER:
        if (addin_range_lone_zero(&range)) {
            *out = YP_WEEKEND_DEFAULT; /* an empty cell */
            return TRUE;
        }
        if (addin_range_number(&range, 0, 0, &number) && weekend_from_number(number, mask))
            return yp_weekend_parse(mask, out, error);
        return fail_cell(&range, 0, 0, "a mask such as \"0000011\" or a preset 5D, 6D or 7D",
                         error);
    case ADDIN_CELL_TEXT:
    default: {
        const char *text = addin_range_text(&range, 0, 0);
        if (text == NULL)
            return fail_cell(&range, 0, 0, "a text", error);
        g_autoptr(GError) parse_error = NULL;
        if (yp_weekend_parse(text, out, &parse_error))
            return TRUE;
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s: %s", addin_arg_name(call, arg),
                    parse_error->message);
        return FALSE;
    }
    }
}

/* One column of days off; two columns of date and 1 (working) or 0 (off);
 * or one row of days off. Blank rows are skipped. */
static gboolean read_exceptions(AddinCall *call, guint arg, GArray *out, GError **error)
{
    AddinRange range;
    read_range(call, arg, &range);
    if (range.rows == 0)
        return TRUE;
    if (range.rows == 1 && range.cols == 1 && range.layout == LAYOUT_SCALAR) {
        /* An empty cell passed alone arrives as 0: no exceptions. */
        if (addin_range_kind(&range, 0, 0) == ADDIN_CELL_EMPTY || addin_range_lone_zero(&range))
            return TRUE;
    }

    gboolean one_row_of_days = range.rows == 1 && range.cols > 2;
    if (range.cols > 2 && !one_row_of_days) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s must have one column of dates or two columns (date, 1 = working or "
                    "0 = day off), not %u columns.",
                    addin_arg_name(call, arg), range.cols);
        return FALSE;
    }
    gboolean pairs = range.cols == 2;

    if (!pairs) {
        /* One column, or one row: every non-empty cell is a day off. */
        for (guint r = 0; r < range.rows; r++) {
            for (guint c = 0; c < range.cols; c++) {
                if (addin_range_kind(&range, r, c) == ADDIN_CELL_EMPTY)
                    continue;
                YpCalendarException exception = { .working = FALSE, .row = r * range.cols + c + 1 };
                if (!addin_range_date(&range, r, c, &exception.day, error))
                    return FALSE;
                g_array_append_val(out, exception);
            }
        }
        return TRUE;
    }

    for (guint r = 0; r < range.rows; r++) {
        AddinCellKind date_kind = addin_range_kind(&range, r, 0);
        AddinCellKind flag_kind = addin_range_kind(&range, r, 1);
        if (date_kind == ADDIN_CELL_EMPTY && flag_kind == ADDIN_CELL_EMPTY)
            continue;
        YpCalendarException exception = { .row = r + 1 };
        double flag;
        if (!addin_range_date(&range, r, 0, &exception.day, error))
            return FALSE;
        if (!addin_range_number(&range, r, 1, &flag) || (flag != 0 && flag != 1))
            return fail_cell(&range, r, 1, "1 (a working day) or 0 (a day off)", error);
        exception.working = flag == 1;
        g_array_append_val(out, exception);
    }
    return TRUE;
}

gboolean addin_arg_calendar(AddinCall *call, guint weekend_arg, guint exceptions_arg,
                            YpCalendar **out, GError **error)
{
    YpWeekend weekend;
    if (!read_weekend(call, weekend_arg, &weekend, error))
        return FALSE;
    g_autoptr(GArray) exceptions = g_array_new(FALSE, FALSE, sizeof(YpCalendarException));
    if (!read_exceptions(call, exceptions_arg, exceptions, error))
        return FALSE;
    g_autoptr(GError) calendar_error = NULL;
    *out = yp_calendar_new(weekend, (const YpCalendarException *)(void *)exceptions->data,
                           exceptions->len, &calendar_error);
    if (*out != NULL)
        return TRUE;
    g_set_error(error, YP_ERROR, calendar_error->code, "%s: %s",
                addin_arg_name(call, exceptions_arg), calendar_error->message);
    return FALSE;
}

/* ---- Results --------------------------------------------------------------- */

static gboolean check_finite(double value, GError **error)
{
    if (isfinite(value))
        return TRUE;
    g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                        "The result is too large to be a number.");
    return FALSE;
}

gboolean addin_return_number(AddinCall *call, double value, GError **error)
{
    g_return_val_if_fail(call->result_kind == ADDIN_RESULT_NONE, FALSE);
    if (!check_finite(value, error))
        return FALSE;
    call->result_kind = ADDIN_RESULT_NUMBER;
    call->result_number = value;
    return TRUE;
}

gboolean addin_return_date(AddinCall *call, YpDay day, GError **error)
{
    return addin_return_number(call, (double)day - (double)null_date(call), error);
}

gboolean addin_return_date_fraction(AddinCall *call, double day, GError **error)
{
    return addin_return_number(call, day - (double)null_date(call), error);
}

void addin_return_text(AddinCall *call, const char *text)
{
    g_return_if_fail(call->result_kind == ADDIN_RESULT_NONE);
    call->result_kind = ADDIN_RESULT_TEXT;
    call->result_text = addin_call_strdup(call, text);
}

/* Calc's largest sheet: a result beyond it could not be shown. */
#define MAX_RESULT_ROWS 1048576
#define MAX_RESULT_COLS 16384
AddinMatrix *addin_return_matrix(AddinCall *call, guint rows, guint cols, GError **error)
{
    g_return_val_if_fail(call->result_kind == ADDIN_RESULT_NONE, NULL);
    if (rows == 0 || cols == 0 || rows > MAX_RESULT_ROWS || cols > MAX_RESULT_COLS ||
        (guint64)rows * cols > (guint64)MAX_RESULT_ROWS * 16) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "A result of %u x %u cells is beyond what a sheet can show.", rows, cols);
        return NULL;
    }
    AddinMatrix *matrix = call_alloc(call, 1, sizeof *matrix);
    matrix->call = call;
    matrix->rows = rows;
    matrix->cols = cols;
    matrix->numbers = call_alloc(call, (gsize)rows * cols, sizeof *matrix->numbers);
    matrix->kinds = call_alloc(call, (gsize)rows * cols, sizeof *matrix->kinds);
    call->result_kind = ADDIN_RESULT_MATRIX;
    call->result_matrix = matrix;
    return matrix;
}

gboolean addin_matrix_set_number(AddinMatrix *matrix, guint row, guint col, double value,
                                 GError **error)
{
    g_return_val_if_fail(row < matrix->rows && col < matrix->cols, FALSE);
    if (!check_finite(value, error))
        return FALSE;
    gsize i = (gsize)row * matrix->cols + col;
    matrix->numbers[i] = value;
    matrix->kinds[i] = ADDIN_CELL_NUMBER;
    return TRUE;
}

gboolean addin_matrix_set_date(AddinMatrix *matrix, guint row, guint col, YpDay day, GError **error)
{
    double serial = (double)day - (double)null_date(matrix->call);
    return addin_matrix_set_number(matrix, row, col, serial, error);
}

void addin_matrix_set_text(AddinMatrix *matrix, guint row, guint col, const char *text)
{
    g_return_if_fail(row < matrix->rows && col < matrix->cols);
    if (matrix->texts == NULL)
        matrix->texts =
            call_alloc(matrix->call, (gsize)matrix->rows * matrix->cols, sizeof *matrix->texts);
    gsize i = (gsize)row * matrix->cols + col;
    matrix->texts[i] = addin_call_strdup(matrix->call, text);
    matrix->kinds[i] = ADDIN_CELL_TEXT;
}

/* An all-number matrix travels as sequence<sequence<double>>, the cheapest
 * form; any text or blank cell makes it sequence<sequence<any>>, with
 * blanks as empty texts so they show as blank cells. */
static gboolean matrix_numbers_only(const AddinMatrix *m)
{
    gsize n = (gsize)m->rows * m->cols;
    for (gsize i = 0; i < n; i++) {
        if (m->kinds[i] != ADDIN_CELL_NUMBER)
            return FALSE;
    }
    return TRUE;
}

static void construct_matrix(const AddinCall *call, const AddinMatrix *m, uno_Any *ret)
{
    const AddinTypes *types = call->types;
    gboolean numbers_only = matrix_numbers_only(m);

    typelib_TypeDescriptionReference *outer_type =
        numbers_only ? types->seq_seq_double : types->seq_seq_any;
    typelib_TypeDescriptionReference *row_type = numbers_only ? types->seq_double : types->seq_any;
    uno_Sequence *outer = NULL;
    uno_type_sequence_construct(&outer, outer_type, NULL, (sal_Int32)m->rows, NULL);
    uno_Sequence **rows = (uno_Sequence **)outer->elements;

    rtl_uString *empty = NULL;
    rtl_uString_new(&empty);
    for (guint r = 0; r < m->rows; r++) {
        uno_type_sequence_realloc(&rows[r], row_type, (sal_Int32)m->cols, NULL, NULL);
        const gsize base = (gsize)r * m->cols;
        if (numbers_only) {
            memcpy(rows[r]->elements, m->numbers + base, m->cols * sizeof(double));
            continue;
        }
        /* Fresh elements are void anys that own nothing: construct over them. */
        uno_Any *cells = (uno_Any *)rows[r]->elements;
        for (guint c = 0; c < m->cols; c++) {
            switch (m->kinds[base + c]) {
            case ADDIN_CELL_NUMBER:
                uno_type_any_construct(&cells[c], &m->numbers[base + c], types->double_, NULL);
                break;
            case ADDIN_CELL_TEXT: {
                rtl_uString *text = addin_ustring_from_utf8(m->texts[base + c]);
                uno_type_any_construct(&cells[c], &text, types->string, NULL);
                rtl_uString_release(text);
                break;
            }
            default:
                uno_type_any_construct(&cells[c], &empty, types->string, NULL);
                break;
            }
        }
    }
    rtl_uString_release(empty);
    uno_type_any_construct(ret, &outer, outer_type, NULL);
    uno_type_destructData(&outer, outer_type, NULL);
}

gboolean addin_call_run(AddinCall *call, uno_Any *ret, GError **error)
{
    if (!call->fn->entry(call, error))
        return FALSE;

    switch (call->result_kind) {
    case ADDIN_RESULT_NUMBER:
        uno_type_any_construct(ret, &call->result_number, call->types->double_, NULL);
        return TRUE;
    case ADDIN_RESULT_TEXT: {
        rtl_uString *text = addin_ustring_from_utf8(call->result_text);
        uno_type_any_construct(ret, &text, call->types->string, NULL);
        rtl_uString_release(text);
        return TRUE;
    }
    case ADDIN_RESULT_MATRIX:
        if (call->result_matrix->rows > ADDIN_MAX_MIXED_RESULT_ROWS &&
            !matrix_numbers_only(call->result_matrix)) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "The result has %u rows with blank or text cells, more than the %d "
                        "Calc can show in reasonable time; give the rows of the table (e.g. "
                        "A2:A5000) rather than whole columns.",
                        call->result_matrix->rows, ADDIN_MAX_MIXED_RESULT_ROWS);
            return FALSE;
        }
        construct_matrix(call, call->result_matrix, ret);
        return TRUE;
    case ADDIN_RESULT_NONE:
    default:
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s gave no result.", call->fn->name);
        return FALSE;
    }
}
