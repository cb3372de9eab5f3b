/* SPDX-License-Identifier: MPL-2.0 */
/* Every spreadsheet function of the table, called through the real add-in
 * object and its binary-UNO dispatcher as Calc calls it, with arguments of
 * random shapes and types: numbers (NaN, infinities, huge and tiny ones),
 * texts (blank, non-ASCII, broken UTF-16), empty cells, void anys, anys of
 * types Calc never sends, 1 x 1 values and blocks, ragged rows, whole
 * columns, optional arguments omitted, odd caller documents. It walks
 * addin_table_sections(), so a function added to the table is fuzzed
 * without new code.
 *
 * Every call must either return what Calc can show (a finite double, a
 * valid string, or a matrix whose rows are equally long and hold finite
 * doubles or strings) or raise IllegalArgumentException (Err:502) or
 * NoConvergenceException (Err:523) with a readable message. Anything else
 * aborts; ASan, UBSan and LeakSanitizer catch crashes and leaks. The
 * XAddIn texts are fuzzed too (names, argument positions, locales). */
#include "tests/fuzz/fuzz-input.h"
#include "tests/unit/uno-fixture.h"

#include "addin/names.h"
#include "addin/table.h"

#define ILLEGAL_ARGUMENT "com.sun.star.lang.IllegalArgumentException"
#define NO_CONVERGENCE   "com.sun.star.sheet.NoConvergenceException"

/* Row counts of a large block; one byte value in 256 gives a whole Calc
 * column (A:A), another one more than 100,000 rows: the rare values cost
 * seconds per call under ASan. */
static const guint big_rows[] = { 100, 1000, 1001, 4001, 10000 };

/* The fuzzer's own state, made once per process; the add-in keeps none. */
static uno_Interface *object;
static const AddinFunction **functions;
static gsize n_functions;
static typelib_TypeDescriptionReference *double_type, *string_type;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fixture_register_types();
    object = fixture_new_object();
    typelib_typedescriptionreference_newByAsciiName(&double_type, typelib_TypeClass_DOUBLE,
                                                    "double");
    typelib_typedescriptionreference_newByAsciiName(&string_type, typelib_TypeClass_STRING,
                                                    "string");

    gsize n_sections;
    const AddinSection *const *sections = addin_table_sections(&n_sections);
    GPtrArray *all = g_ptr_array_new();
    for (gsize s = 0; s < n_sections; s++) {
        for (gsize f = 0; f < sections[s]->n_functions; f++) {
            if (sections[s]->functions[f].entry != NULL)
                g_ptr_array_add(all, (gpointer)&sections[s]->functions[f]);
        }
    }
    n_functions = all->len;
    functions = (const AddinFunction **)g_ptr_array_free(all, FALSE);
    g_assert(n_functions > 0);
    return 0;
}

/* ---- Building arguments ---------------------------------------------------- */

/* A text any, made valid UTF-8 first (Calc's strings are UTF-16). */
static void any_text(uno_Any *any, FuzzInput *in, GString *scratch)
{
    fuzz_text(in, scratch);
    g_autofree char *valid = g_utf8_make_valid(scratch->str, (gssize)scratch->len);
    fixture_any_text(any, valid);
}

/* One cell or single value, of any kind the bridge could carry. */
static void make_value(FuzzInput *in, uno_Any *any, GString *scratch)
{
    switch (fuzz_pick(in, 16)) {
    case 0:
    case 1:
    case 2:
    case 3:
        fixture_any_number(any, fuzz_number(in));
        return;
    case 4:
    case 5:
    case 6:
    case 7:
        any_text(any, in, scratch);
        return;
    case 8:
        fixture_any_text(any, ""); /* an empty cell inside a range */
        return;
    case 9:
        fixture_any_void(any);
        return;
    case 10: {
        sal_Bool b = fuzz_byte(in) & 1;
        fixture_any_simple(any, typelib_TypeClass_BOOLEAN, "boolean", &b);
        return;
    }
    case 11: {
        guint32 bits = fuzz_u32(in);
        switch (fuzz_pick(in, 6)) {
        case 0: {
            sal_Int32 v = (sal_Int32)bits;
            fixture_any_simple(any, typelib_TypeClass_LONG, "long", &v);
            return;
        }
        case 1: {
            sal_Int64 v = (sal_Int64)((guint64)bits << 31);
            fixture_any_simple(any, typelib_TypeClass_HYPER, "hyper", &v);
            return;
        }
        case 2: {
            float v;
            memcpy(&v, &bits, sizeof v);
            fixture_any_simple(any, typelib_TypeClass_FLOAT, "float", &v);
            return;
        }
        case 3: {
            sal_Int16 v = (sal_Int16)bits;
            fixture_any_simple(any, typelib_TypeClass_SHORT, "short", &v);
            return;
        }
        case 4: {
            sal_uInt64 v = (guint64)bits << 32 | bits;
            fixture_any_simple(any, typelib_TypeClass_UNSIGNED_HYPER, "unsigned hyper", &v);
            return;
        }
        default: {
            sal_Int8 v = (sal_Int8)bits;
            fixture_any_simple(any, typelib_TypeClass_BYTE, "byte", &v);
            return;
        }
        }
    }
    case 12: {
        /* Broken UTF-16: a lone surrogate among letters. */
        sal_Unicode text[4] = { 'A', (sal_Unicode)(0xd800 | fuzz_pick(in, 0x80) << 3), 'B',
                                (sal_Unicode)fuzz_u16(in) };
        fixture_any_utf16(any, text, 1 + (sal_Int32)fuzz_pick(in, 4));
        return;
    }
    case 13:
        fixture_any_text(any, "  \t ");
        return;
    case 14:
        switch (fuzz_pick(in, 4)) {
        case 0:
            fixture_any_sequence(any, "[]any", fuzz_pick(in, 3));
            return;
        case 1:
            fixture_any_date(any, 2026, 3, 20);
            return;
        case 2: {
            sal_Unicode c = (sal_Unicode)fuzz_u16(in);
            fixture_any_simple(any, typelib_TypeClass_CHAR, "char", &c);
            return;
        }
        default:
            fixture_any_sequence(any, "[]double", fuzz_pick(in, 3));
            return;
        }
    default:
        fixture_any_number(any, 46101 + fuzz_pick(in, 64));
        return;
    }
}

/* Numbers and ASCII texts for generated cells, constructed straight into
 * the block with type references made once: a whole column of them costs
 * a fraction of a second rather than seconds. */
static void put_number(uno_Any *cell, double value)
{
    uno_type_any_construct(cell, &value, double_type, NULL);
}

static void put_ascii(uno_Any *cell, const char *text)
{
    rtl_uString *s = NULL;
    rtl_uString_newFromAscii(&s, text);
    uno_type_any_construct(cell, &s, string_type, NULL);
    rtl_uString_release(s);
}

/* One column of a generated large block: what a planner's table holds. */
static void generated_cell(guint kind, guint row, uno_Any *cell)
{
    char text[32];
    switch (kind) {
    case 0: /* unique IDs */
        g_snprintf(text, sizeof text, "R%u", row);
        put_ascii(cell, text);
        return;
    case 1:
        put_number(cell, row);
        return;
    case 2: /* durations */
        put_number(cell, 1 + row % 7);
        return;
    case 3: /* dates */
        put_number(cell, 46101 + row % 3000);
        return;
    case 4: /* a chain of predecessors */
        if (row == 0)
            put_ascii(cell, "");
        else {
            g_snprintf(text, sizeof text, "R%u", row - 1);
            put_ascii(cell, text);
        }
        return;
    case 5: /* two predecessors each */
        if (row < 2)
            put_ascii(cell, "");
        else {
            g_snprintf(text, sizeof text, "R%u;R%uSS+1", row - 1, row - 2);
            put_ascii(cell, text);
        }
        return;
    case 6:
        put_number(cell, 0.5 + (row % 100) / 200.0);
        return;
    default:
        put_ascii(cell, "");
        return;
    }
}

/* A block of cells as sequence<sequence<any>>: a single value, a column, a
 * row, a small table, nothing, ragged rows, or a large block filled by a
 * pattern (up to a whole column, as A:A passes). */
static uno_Sequence *make_block(FuzzInput *in, GString *scratch)
{
    guint rows, cols;
    g_autofree guint *widths = NULL;
    switch (fuzz_pick(in, 10)) {
    case 0:
    case 1:
    case 2:
        rows = cols = 1;
        break;
    case 3:
        rows = 1 + fuzz_pick(in, 24);
        cols = 1;
        break;
    case 4:
        rows = 1;
        cols = 1 + fuzz_pick(in, 16);
        break;
    case 5:
        rows = 1 + fuzz_pick(in, 24);
        cols = 1 + fuzz_pick(in, 10);
        break;
    case 6:
        rows = fuzz_pick(in, 2);
        cols = 0;
        break;
    case 7: {
        rows = 1 + fuzz_pick(in, 8);
        widths = g_new(guint, rows);
        for (guint r = 0; r < rows; r++)
            widths[r] = fuzz_pick(in, 6);
        uno_Sequence *ragged = fixture_rows_new_ragged(rows, widths);
        for (guint r = 0; r < rows; r++) {
            for (guint c = 0; c < widths[r]; c++) {
                uno_Any value;
                make_value(in, &value, scratch);
                fixture_rows_set_any(ragged, r, c, &value);
                fixture_any_clear(&value);
            }
        }
        return ragged;
    }
    default: {
        /* A large block: a few explicit cells on top, then a pattern. */
        guint8 size = fuzz_byte(in);
        rows = size < 128 ? 1u + size : big_rows[size % G_N_ELEMENTS(big_rows)];
        if (size >= 254 && fuzz_byte(in) == 'W')
            rows = size == 255 ? 1048576 : 100001;
        cols = 1 + fuzz_pick(in, 4);
        guint kinds[4];
        for (guint c = 0; c < cols; c++)
            kinds[c] = fuzz_pick(in, 9);
        guint explicit_rows = fuzz_pick(in, 4);
        uno_Sequence *block = fixture_rows_new(rows, cols);
        for (guint r = 0; r < rows; r++) {
            uno_Any *cells = (uno_Any *)((uno_Sequence **)block->elements)[r]->elements;
            for (guint c = 0; c < cols; c++) {
                if (r < explicit_rows) {
                    uno_Any value;
                    make_value(in, &value, scratch);
                    fixture_rows_set_any(block, r, c, &value);
                    fixture_any_clear(&value);
                } else {
                    uno_any_destruct(&cells[c], NULL); /* a void any: nothing to free */
                    generated_cell(kinds[c], r, &cells[c]);
                }
            }
        }
        return block;
    }
    }
    uno_Sequence *block = fixture_rows_new(rows, cols);
    for (guint r = 0; r < rows; r++) {
        for (guint c = 0; c < cols; c++) {
            uno_Any value;
            make_value(in, &value, scratch);
            fixture_rows_set_any(block, r, c, &value);
            fixture_any_clear(&value);
        }
    }
    return block;
}

/* An optional argument: omitted, a single value, a block of anys or of
 * doubles, or a sequence of a type Calc never sends. */
static void make_optional(FuzzInput *in, uno_Any *any, GString *scratch)
{
    switch (fuzz_pick(in, 8)) {
    case 0:
    case 1:
        fixture_any_void(any);
        return;
    case 2:
    case 3:
        make_value(in, any, scratch);
        return;
    case 4:
    case 5: {
        uno_Sequence *block = make_block(in, scratch);
        fixture_any_rows(any, block);
        fixture_rows_free(block);
        return;
    }
    case 6: {
        guint rows = fuzz_pick(in, 6), cols = fuzz_pick(in, 4);
        g_autofree double *values = g_new(double, MAX(rows * cols, 1));
        for (guint i = 0; i < rows * cols; i++)
            values[i] = fuzz_number(in);
        fixture_any_double_rows(any, rows, cols, values);
        return;
    }
    default: {
        static const char *const odd_types[] = { "[]any", "[]double", "[][]string", "[]string",
                                                 "[][]long" };
        fixture_any_sequence(any, odd_types[fuzz_pick(in, G_N_ELEMENTS(odd_types))],
                             fuzz_pick(in, 3));
        return;
    }
    }
}

/* The hidden first argument: no document, or one with an odd NullDate. */
static uno_Interface *make_caller(FuzzInput *in)
{
    switch (fuzz_pick(in, 10)) {
    case 0:
    case 1:
    case 2:
    case 3:
        return NULL;
    case 4:
        return fixture_caller_new(1899, 12, 30);
    case 5:
        return fixture_caller_new(1904, 1, 1);
    case 6:
        return fixture_caller_new_mode(FIXTURE_CALLER_DATE, (gint16)fuzz_u16(in), fuzz_byte(in),
                                       fuzz_byte(in));
    case 7:
        return fixture_caller_new_mode(FIXTURE_CALLER_THROWS, 0, 0, 0);
    case 8:
        return fixture_caller_new_mode(FIXTURE_CALLER_VOID, 0, 0, 0);
    default:
        return fixture_caller_new_mode(FIXTURE_CALLER_TEXT, 0, 0, 0);
    }
}

/* ---- Checking what comes back ------------------------------------------------ */

static gboolean type_is(const uno_Any *any, const char *name)
{
    const rtl_uString *t = any->pType->pTypeName;
    return rtl_ustr_ascii_compare_WithLength(t->buffer, t->length, name) == 0;
}

static void check_string(const AddinFunction *fn, const rtl_uString *s)
{
    g_autofree char *utf8 = addin_ustring_to_utf8(s);
    FUZZ_REQUIRE(utf8 != NULL, "%s returned a string that is not valid UTF-16", fn->name);
}

static void check_scalar(const AddinFunction *fn, const uno_Any *any, gboolean in_matrix)
{
    switch (any->pType->eTypeClass) {
    case typelib_TypeClass_DOUBLE:
        FUZZ_REQUIRE(isfinite(*(const double *)any->pData), "%s returned %g", fn->name,
                     *(const double *)any->pData);
        return;
    case typelib_TypeClass_STRING:
        check_string(fn, *(rtl_uString *const *)any->pData);
        return;
    default:
        FUZZ_REQUIRE(FALSE, "%s returned a%s value of type class %d", fn->name,
                     in_matrix ? " matrix cell holding a" : "", (int)any->pType->eTypeClass);
    }
}

static void check_result(const AddinFunction *fn, const uno_Any *ret)
{
    if (ret->pType->eTypeClass != typelib_TypeClass_SEQUENCE) {
        check_scalar(fn, ret, FALSE);
        return;
    }
    gboolean doubles = type_is(ret, "[][]double");
    FUZZ_REQUIRE(doubles || type_is(ret, "[][]any"), "%s returned a sequence of another type",
                 fn->name);
    const uno_Sequence *outer = *(uno_Sequence *const *)ret->pData;
    FUZZ_REQUIRE(outer->nElements > 0, "%s returned a matrix without rows", fn->name);
    const uno_Sequence *const *rows = (const uno_Sequence *const *)outer->elements;
    const sal_Int32 width = rows[0]->nElements;
    FUZZ_REQUIRE(width > 0, "%s returned a matrix without columns", fn->name);
    for (sal_Int32 r = 0; r < outer->nElements; r++) {
        FUZZ_REQUIRE(rows[r]->nElements == width, "%s returned row %d of %d cells, not %d",
                     fn->name, (int)r, (int)rows[r]->nElements, (int)width);
        for (sal_Int32 c = 0; c < width; c++) {
            if (doubles) {
                double v = ((const double *)rows[r]->elements)[c];
                FUZZ_REQUIRE(isfinite(v), "%s returned %g in a matrix", fn->name, v);
            } else {
                check_scalar(fn, &((const uno_Any *)rows[r]->elements)[c], TRUE);
            }
        }
    }
}

static void check_exception(const FuzzInput *in, const AddinFunction *fn, const char *thrown,
                            const char *message)
{
    FUZZ_REQUIRE(g_strcmp0(thrown, ILLEGAL_ARGUMENT) == 0 || g_strcmp0(thrown, NO_CONVERGENCE) == 0,
                 "%s raised %s: %s", fn->name, thrown, message != NULL ? message : "");
    FUZZ_REQUIRE(message != NULL && message[0] != '\0', "%s raised without a message", fn->name);
    FUZZ_REQUIRE(strstr(message, "(null)") == NULL || fuzz_input_has_null(in), "%s: %s", fn->name,
                 message);
}

/* ---- One call ----------------------------------------------------------------- */

static void call_function(FuzzInput *in, const AddinFunction *fn)
{
    g_autoptr(GString) scratch = g_string_new(NULL);
    const guint n_args = addin_function_n_args(fn);
    uno_Interface *caller = make_caller(in);
    void *args[1 + ADDIN_MAX_ARGS];
    uno_Sequence *required[ADDIN_MAX_ARGS] = { NULL };
    uno_Any optional[ADDIN_MAX_ARGS];

    args[0] = &caller;
    for (guint i = 0; i < n_args; i++) {
        if (fn->args[i].optional) {
            make_optional(in, &optional[i], scratch);
            args[1 + i] = &optional[i];
        } else {
            required[i] = make_block(in, scratch);
            args[1 + i] = &required[i];
        }
    }

    /* YARDPLAN_FUZZ_TRACE=1 says what an input calls, to reproduce it. */
    if (g_getenv("YARDPLAN_FUZZ_TRACE") != NULL) {
        g_printerr("%s(", fn->name);
        for (guint i = 0; i < n_args; i++) {
            const uno_Sequence *rows = required[i];
            if (fn->args[i].optional && type_is(&optional[i], "[][]any"))
                rows = *(uno_Sequence *const *)optional[i].pData;
            if (rows != NULL)
                g_printerr("%s%d x %d", i > 0 ? "; " : "", (int)rows->nElements,
                           rows->nElements > 0
                               ? (int)((uno_Sequence *const *)rows->elements)[0]->nElements
                               : 0);
            else
                g_printerr("%sany", i > 0 ? "; " : "");
        }
        g_printerr(")\n");
    }

    gint64 started = g_get_monotonic_time();
    uno_Any ret;
    g_autofree char *message = NULL;
    g_autofree char *thrown = fixture_dispatch_message(object, fn->method, &ret, args, &message);
    if (g_getenv("YARDPLAN_FUZZ_TRACE") != NULL)
        g_printerr("  %.3f s: %s %s\n", (g_get_monotonic_time() - started) / 1e6,
                   thrown != NULL ? thrown : "returned", message != NULL ? message : "");
    if (thrown == NULL) {
        check_result(fn, &ret);
        uno_any_destruct(&ret, NULL);
    } else {
        check_exception(in, fn, thrown, message);
    }

    for (guint i = 0; i < n_args; i++) {
        if (fn->args[i].optional)
            fixture_any_clear(&optional[i]);
        else
            fixture_rows_free(required[i]);
    }
    if (caller != NULL)
        caller->release(caller);
}

/* The XAddIn texts Calc asks for, with any name, position and locale. */
static void call_addin_texts(FuzzInput *in)
{
    static const char *const methods[] = {
        "getDisplayFunctionName",     "getFunctionDescription",      "getDisplayArgumentName",
        "getArgumentDescription",     "getProgrammaticCategoryName", "getDisplayCategoryName",
        "getProgrammaticFuntionName",
    };
    g_autoptr(GString) scratch = g_string_new(NULL);

    if (fuzz_pick(in, 4) == 0) {
        struct {
            rtl_uString *language, *country, *variant;
        } locale;
        fuzz_text(in, scratch);
        g_autofree char *language = g_utf8_make_valid(scratch->str, (gssize)scratch->len);
        locale.language = addin_ustring_from_utf8(language);
        locale.country = addin_ustring_from_utf8("KZ");
        locale.variant = addin_ustring_from_utf8("");
        void *locale_args[1] = { &locale };
        g_autofree char *thrown = fixture_dispatch(
            object, "com.sun.star.lang.XLocalizable::setLocale:@0,3:com.sun.star.sheet.XAddIn",
            NULL, locale_args);
        FUZZ_REQUIRE(thrown == NULL, "setLocale raised %s", thrown);
        rtl_uString_release(locale.language);
        rtl_uString_release(locale.country);
        rtl_uString_release(locale.variant);
    }

    const char *method = methods[fuzz_pick(in, G_N_ELEMENTS(methods))];
    rtl_uString *name;
    guint8 which = fuzz_byte(in);
    if (which < n_functions) {
        const AddinFunction *fn = functions[which];
        name = addin_ustring_from_utf8(
            strcmp(method, "getProgrammaticFuntionName") == 0 ? fn->name : fn->method);
    } else {
        fuzz_text(in, scratch);
        g_autofree char *valid = g_utf8_make_valid(scratch->str, (gssize)scratch->len);
        name = addin_ustring_from_utf8(valid);
    }
    sal_Int32 position = (sal_Int32)fuzz_u32(in);
    if (fuzz_byte(in) < 200)
        position = (sal_Int32)(position % 16) - 2;
    void *args[2] = { &name, &position };
    g_autofree char *member = g_strdup_printf("com.sun.star.sheet.XAddIn::%s", method);
    rtl_uString *ret = NULL;
    g_autofree char *thrown = fixture_dispatch(object, member, &ret, args);
    FUZZ_REQUIRE(thrown == NULL, "%s raised %s", method, thrown);
    g_autofree char *text = addin_ustring_to_utf8(ret);
    FUZZ_REQUIRE(text != NULL, "%s returned broken UTF-16", method);
    rtl_uString_release(ret);
    rtl_uString_release(name);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in;
    fuzz_input_init(&in, data, size);
    guint which = fuzz_byte(&in);
    if (which % (n_functions + 1) == n_functions)
        call_addin_texts(&in);
    else
        call_function(&in, functions[which % (n_functions + 1)]);
    return 0;
}
