/* SPDX-License-Identifier: MPL-2.0 */
/* The component as LibreOffice sees it, driven through the binary UNO
 * interface without an office: factory, interfaces, XAddIn texts in every
 * language, function calls, the document's NullDate and exceptions. */
#include "tests/unit/testing.h"
#include "tests/unit/uno-fixture.h"

#include "addin/names.h"
#include "scheduler/calendar.h"

#include <string.h>

#define ILLEGAL_ARGUMENT "com.sun.star.lang.IllegalArgumentException"

/* 2026-03-20 as a serial of a document with the default NullDate 1899-12-30. */
#define SERIAL_2026_03_20 46101.0

static uno_Interface *object;

static void setup(void)
{
    object = fixture_new_object();
}

static void teardown(void)
{
    object->release(object);
}

/* ---- Calling an XAddIn text method ---------------------------------------- */

static char *addin_text(const char *method, const char *function, sal_Int32 arg)
{
    g_autofree char *member = g_strdup_printf("com.sun.star.sheet.XAddIn::%s", method);
    rtl_uString *name = addin_ustring_from_utf8(function);
    void *args[2] = { &name, &arg };
    rtl_uString *ret = NULL;
    g_autofree char *thrown = fixture_dispatch(object, member, &ret, args);
    ck_assert_ptr_null(thrown);
    rtl_uString_release(name);
    char *text = addin_ustring_to_utf8(ret);
    rtl_uString_release(ret);
    return text;
}

static void set_locale(const char *language, const char *country)
{
    struct {
        rtl_uString *language, *country, *variant;
    } locale = { addin_ustring_from_utf8(language), addin_ustring_from_utf8(country),
                 addin_ustring_from_utf8("") };
    void *args[1] = { &locale };
    g_autofree char *thrown = fixture_dispatch(
        object, "com.sun.star.lang.XLocalizable::setLocale:@0,3:com.sun.star.sheet.XAddIn", NULL,
        args);
    ck_assert_ptr_null(thrown);
    rtl_uString_release(locale.language);
    rtl_uString_release(locale.country);
    rtl_uString_release(locale.variant);
}

/* ---- Calling a spreadsheet function -------------------------------------------- */

typedef struct {
    uno_Interface *caller;
    void *args[8];
    uno_Sequence *required[8];
    uno_Any optional[8];
    guint n;
} Call;

static void call_begin(Call *call, uno_Interface *caller)
{
    memset(call, 0, sizeof *call);
    call->caller = caller;
    call->args[0] = &call->caller;
    call->n = 1;
}

static void call_required(Call *call, uno_Sequence *rows)
{
    call->required[call->n] = rows;
    call->args[call->n] = &call->required[call->n];
    call->n++;
}

static uno_Any *call_optional(Call *call)
{
    call->args[call->n] = &call->optional[call->n];
    return &call->optional[call->n++];
}

static char *call_run(Call *call, const char *method, uno_Any *ret)
{
    char *thrown = fixture_dispatch(object, method, ret, call->args);
    for (guint i = 1; i < call->n; i++) {
        if (call->required[i] != NULL)
            fixture_rows_free(call->required[i]);
        else
            fixture_any_clear(&call->optional[i]);
    }
    return thrown;
}

/* WORKDAY(start; days; weekend; exceptions) with a plain start and count. */
static char *workday(double start, double days, uno_Any *ret, const char *weekend)
{
    Call call;
    call_begin(&call, NULL);
    call_required(&call, fixture_rows_number(start));
    call_required(&call, fixture_rows_number(days));
    if (weekend != NULL)
        fixture_any_text(call_optional(&call), weekend);
    else
        fixture_any_void(call_optional(&call));
    fixture_any_void(call_optional(&call));
    return call_run(&call, "workday", ret);
}

/* ---- Component and object --------------------------------------------------------- */

START_TEST(test_factory_serves_only_its_implementation)
{
    ck_assert_ptr_null(component_getFactory("org.example.Other", NULL, NULL));
    uno_Interface *factory = component_getFactory(ADDIN_IMPLEMENTATION_NAME, NULL, NULL);
    ck_assert_ptr_nonnull(factory);

    rtl_uString *service = addin_ustring_from_utf8("com.sun.star.sheet.AddIn");
    void *args[1] = { &service };
    sal_Bool supported = 0;
    g_autofree char *thrown = fixture_dispatch(
        factory, "com.sun.star.lang.XServiceInfo::supportsService", &supported, args);
    ck_assert_ptr_null(thrown);
    ck_assert(supported);
    rtl_uString_release(service);
    factory->release(factory);
}
END_TEST

START_TEST(test_query_interface)
{
    const char *supported[] = { "com.sun.star.sheet.XAddIn", "com.sun.star.lang.XServiceName",
                                "com.sun.star.lang.XTypeProvider", ADDIN_INTERFACE_NAME };
    for (gsize i = 0; i <= G_N_ELEMENTS(supported); i++) {
        const char *name = i < G_N_ELEMENTS(supported) ? supported[i] : "org.example.XOther";
        typelib_TypeDescriptionReference *type = NULL;
        typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, name);
        void *args[1] = { &type };
        uno_Any ret;
        g_autofree char *thrown =
            fixture_dispatch(object, "com.sun.star.uno.XInterface::queryInterface", &ret, args);
        ck_assert_ptr_null(thrown);
        if (i < G_N_ELEMENTS(supported)) {
            ck_assert_int_eq(ret.pType->eTypeClass, typelib_TypeClass_INTERFACE);
            ck_assert_ptr_eq(*(uno_Interface **)ret.pData, object);
        } else {
            ck_assert_int_eq(ret.pType->eTypeClass, typelib_TypeClass_VOID);
        }
        uno_any_destruct(&ret, NULL);
        typelib_typedescriptionreference_release(type);
    }
}
END_TEST

START_TEST(test_service_name_is_the_odf_prefix)
{
    rtl_uString *ret = NULL;
    g_autofree char *thrown =
        fixture_dispatch(object, "com.sun.star.lang.XServiceName::getServiceName", &ret, NULL);
    ck_assert_ptr_null(thrown);
    g_autofree char *name = addin_ustring_to_utf8(ret);
    ck_assert_str_eq(name, ADDIN_SERVICE_NAME);
    rtl_uString_release(ret);
}
END_TEST

START_TEST(test_types_include_the_function_interface)
{
    uno_Sequence *types = NULL;
    g_autofree char *thrown =
        fixture_dispatch(object, "com.sun.star.lang.XTypeProvider::getTypes", &types, NULL);
    ck_assert_ptr_null(thrown);
    gboolean found = FALSE;
    for (sal_Int32 i = 0; i < types->nElements; i++) {
        typelib_TypeDescriptionReference *t =
            ((typelib_TypeDescriptionReference **)types->elements)[i];
        g_autofree char *name = addin_ustring_to_utf8(t->pTypeName);
        found = found || strcmp(name, ADDIN_INTERFACE_NAME) == 0;
    }
    ck_assert(found);
    typelib_TypeDescriptionReference *seq_type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&seq_type, typelib_TypeClass_SEQUENCE,
                                                    "[]type");
    uno_type_destructData(&types, seq_type, NULL);
    typelib_typedescriptionreference_release(seq_type);
}
END_TEST

START_TEST(test_unknown_method_is_a_runtime_exception)
{
    uno_Any ret;
    Call call;
    call_begin(&call, NULL);
    g_autofree char *thrown = call_run(&call, "nosuchfunction", &ret);
    ck_assert_str_eq(thrown, "com.sun.star.uno.RuntimeException");
}
END_TEST

/* ---- XAddIn texts ----------------------------------------------------------------- */

START_TEST(test_names_and_categories)
{
    g_autofree char *display = addin_text("getDisplayFunctionName", "workday", 0);
    ck_assert_str_eq(display, "YARD.WORKDAY");
    g_autofree char *programmatic = addin_text("getProgrammaticFuntionName", "yard.workday", 0);
    ck_assert_str_eq(programmatic, "workday");
    g_autofree char *category = addin_text("getProgrammaticCategoryName", "workday", 0);
    ck_assert_str_eq(category, "Add-In");
    g_autofree char *unknown = addin_text("getDisplayFunctionName", "nosuch", 0);
    ck_assert_str_eq(unknown, "");
}
END_TEST

START_TEST(test_argument_texts_skip_the_caller)
{
    /* IDL parameter 0 is the hidden caller; the user's first argument is 1. */
    g_autofree char *caller = addin_text("getDisplayArgumentName", "workday", 0);
    ck_assert_str_eq(caller, "");
    g_autofree char *start = addin_text("getDisplayArgumentName", "workday", 1);
    ck_assert_str_eq(start, "Start");
    g_autofree char *weekend = addin_text("getArgumentDescription", "workday", 3);
    ck_assert(g_str_has_prefix(weekend, "Days off each week"));
    g_autofree char *beyond = addin_text("getDisplayArgumentName", "workday", 5);
    ck_assert_str_eq(beyond, "");
}
END_TEST

START_TEST(test_texts_follow_the_locale)
{
    g_autofree char *en = addin_text("getFunctionDescription", "networkdays", 0);
    set_locale("ru", "RU");
    g_autofree char *ru = addin_text("getDisplayArgumentName", "workday", 1);
    ck_assert_str_eq(ru, "Начало");
    set_locale("kk", "KZ");
    g_autofree char *kk = addin_text("getDisplayArgumentName", "workday", 1);
    ck_assert_str_eq(kk, "Басталуы");
    set_locale("az", "AZ");
    g_autofree char *az = addin_text("getDisplayArgumentName", "workday", 1);
    ck_assert_str_eq(az, "Başlanğıc");
    set_locale("de", "DE"); /* no German: English */
    g_autofree char *de = addin_text("getFunctionDescription", "networkdays", 0);
    ck_assert_str_eq(de, en);
    g_autofree char *name = addin_text("getDisplayFunctionName", "workday", 0);
    ck_assert_str_eq(name, "YARD.WORKDAY");
}
END_TEST

/* ---- Function calls --------------------------------------------------------------- */

START_TEST(test_workday_returns_a_serial)
{
    uno_Any ret;
    double serial;
    g_autofree char *thrown = workday(SERIAL_2026_03_20, 3, &ret, NULL);
    ck_assert_ptr_null(thrown);
    ck_assert(fixture_any_get_number(&ret, &serial));
    ck_assert_double_eq(serial, SERIAL_2026_03_20 + 5); /* Wednesday 2026-03-25 */
    uno_any_destruct(&ret, NULL);
}
END_TEST

START_TEST(test_workday_reads_the_document_null_date)
{
    /* A document counting from 1904-01-01: the same date has a smaller serial. */
    uno_Interface *caller = fixture_caller_new(1904, 1, 1);
    const double shift = 1462; /* days from 1899-12-30 to 1904-01-01 */
    Call call;
    uno_Any ret;
    double serial;
    call_begin(&call, caller);
    call_required(&call, fixture_rows_number(SERIAL_2026_03_20 - shift));
    call_required(&call, fixture_rows_number(3));
    fixture_any_void(call_optional(&call));
    fixture_any_void(call_optional(&call));
    g_autofree char *thrown = call_run(&call, "workday", &ret);
    ck_assert_ptr_null(thrown);
    ck_assert(fixture_any_get_number(&ret, &serial));
    ck_assert_double_eq(serial, SERIAL_2026_03_20 + 5 - shift);
    uno_any_destruct(&ret, NULL);
    caller->release(caller);
}
END_TEST

START_TEST(test_weekend_presets_masks_and_unquoted_masks)
{
    uno_Any ret;
    double serial;
    g_autofree char *six = workday(SERIAL_2026_03_20, 3, &ret, "6d");
    ck_assert_ptr_null(six);
    ck_assert(fixture_any_get_number(&ret, &serial));
    ck_assert_double_eq(serial, SERIAL_2026_03_20 + 4); /* Saturday works */
    uno_any_destruct(&ret, NULL);

    /* 0000011 typed without quotes arrives as 11 and still means Sat+Sun. */
    Call call;
    call_begin(&call, NULL);
    call_required(&call, fixture_rows_number(SERIAL_2026_03_20));
    call_required(&call, fixture_rows_number(3));
    fixture_any_number(call_optional(&call), 11);
    fixture_any_void(call_optional(&call));
    g_autofree char *eleven = call_run(&call, "workday", &ret);
    ck_assert_ptr_null(eleven);
    ck_assert(fixture_any_get_number(&ret, &serial));
    ck_assert_double_eq(serial, SERIAL_2026_03_20 + 5);
    uno_any_destruct(&ret, NULL);
}
END_TEST

START_TEST(test_two_column_exceptions)
{
    /* Monday 2026-03-23 off, Saturday 2026-03-21 working. */
    uno_Sequence *exceptions = fixture_rows_new(3, 2);
    fixture_rows_set_number(exceptions, 0, 0, SERIAL_2026_03_20 + 3);
    fixture_rows_set_number(exceptions, 0, 1, 0);
    fixture_rows_set_number(exceptions, 1, 0, SERIAL_2026_03_20 + 1);
    fixture_rows_set_number(exceptions, 1, 1, 1); /* row 3 stays blank */
    Call call;
    uno_Any ret;
    double serial;
    call_begin(&call, NULL);
    call_required(&call, fixture_rows_number(SERIAL_2026_03_20));
    call_required(&call, fixture_rows_number(2));
    fixture_any_void(call_optional(&call));
    fixture_any_rows(call_optional(&call), exceptions);
    fixture_rows_free(exceptions);
    g_autofree char *thrown = call_run(&call, "workday", &ret);
    ck_assert_ptr_null(thrown);
    ck_assert(fixture_any_get_number(&ret, &serial));
    ck_assert_double_eq(serial, SERIAL_2026_03_20 + 4); /* Saturday, then Tuesday */
    uno_any_destruct(&ret, NULL);
}
END_TEST

START_TEST(test_bad_input_is_illegal_argument)
{
    uno_Any ret;
    g_autofree char *mask = workday(SERIAL_2026_03_20, 3, &ret, "0000012");
    ck_assert_str_eq(mask, ILLEGAL_ARGUMENT);
    g_autofree char *all_off = workday(SERIAL_2026_03_20, 3, &ret, "1111111");
    ck_assert_str_eq(all_off, ILLEGAL_ARGUMENT);
    g_autofree char *far = workday(SERIAL_2026_03_20, 1e7, &ret, NULL);
    ck_assert_str_eq(far, ILLEGAL_ARGUMENT);
    g_autofree char *before = workday(-200000, 1, &ret, NULL);
    ck_assert_str_eq(before, ILLEGAL_ARGUMENT);

    Call call;
    call_begin(&call, NULL);
    call_required(&call, fixture_rows_text("next Monday"));
    call_required(&call, fixture_rows_number(3));
    fixture_any_void(call_optional(&call));
    fixture_any_void(call_optional(&call));
    g_autofree char *text = call_run(&call, "workday", &ret);
    ck_assert_str_eq(text, ILLEGAL_ARGUMENT);

    /* A range where one date belongs. */
    uno_Sequence *two = fixture_rows_new(2, 1);
    fixture_rows_set_number(two, 0, 0, SERIAL_2026_03_20);
    fixture_rows_set_number(two, 1, 0, SERIAL_2026_03_20);
    call_begin(&call, NULL);
    call_required(&call, two);
    call_required(&call, fixture_rows_number(3));
    fixture_any_void(call_optional(&call));
    fixture_any_void(call_optional(&call));
    g_autofree char *range = call_run(&call, "workday", &ret);
    ck_assert_str_eq(range, ILLEGAL_ARGUMENT);
}
END_TEST

START_TEST(test_holidays_is_a_column_of_dates)
{
    Call call;
    uno_Any ret;
    guint rows, cols;
    double first;
    call_begin(&call, NULL);
    call_required(&call, fixture_rows_text(" kz "));
    call_required(&call, fixture_rows_number(2026));
    fixture_any_void(call_optional(&call));
    g_autofree char *thrown = call_run(&call, "holidays", &ret);
    ck_assert_ptr_null(thrown);
    ck_assert(fixture_result_shape(&ret, &rows, &cols));
    ck_assert_uint_eq(cols, 1);
    ck_assert_uint_gt(rows, 10);
    ck_assert(fixture_result_number(&ret, 0, 0, &first));
    ck_assert_double_eq(first, 46023); /* 2026-01-01 */
    uno_any_destruct(&ret, NULL);

    call_begin(&call, NULL);
    call_required(&call, fixture_rows_text("RU"));
    call_required(&call, fixture_rows_number(2026));
    fixture_any_void(call_optional(&call));
    g_autofree char *country = call_run(&call, "holidays", &ret);
    ck_assert_str_eq(country, ILLEGAL_ARGUMENT);
}
END_TEST

START_TEST(test_version_is_text)
{
    Call call;
    uno_Any ret;
    call_begin(&call, NULL);
    g_autofree char *thrown = call_run(&call, "version", &ret);
    ck_assert_ptr_null(thrown);
    g_autofree char *version = fixture_any_get_text(&ret);
    ck_assert_ptr_nonnull(version);
    ck_assert(g_regex_match_simple("^[0-9]+\\.[0-9]+\\.[0-9]+$", version, 0, 0));
    uno_any_destruct(&ret, NULL);
}
END_TEST

static Suite *addin_suite(void)
{
    Suite *suite = suite_create("addin");
    TCase *component = tcase_create("component");
    tcase_add_checked_fixture(component, setup, teardown);
    tcase_add_test(component, test_factory_serves_only_its_implementation);
    tcase_add_test(component, test_query_interface);
    tcase_add_test(component, test_service_name_is_the_odf_prefix);
    tcase_add_test(component, test_types_include_the_function_interface);
    tcase_add_test(component, test_unknown_method_is_a_runtime_exception);
    suite_add_tcase(suite, component);

    TCase *texts = tcase_create("texts");
    tcase_add_checked_fixture(texts, setup, teardown);
    tcase_add_test(texts, test_names_and_categories);
    tcase_add_test(texts, test_argument_texts_skip_the_caller);
    tcase_add_test(texts, test_texts_follow_the_locale);
    suite_add_tcase(suite, texts);

    TCase *calls = tcase_create("calls");
    tcase_add_checked_fixture(calls, setup, teardown);
    tcase_add_test(calls, test_workday_returns_a_serial);
    tcase_add_test(calls, test_workday_reads_the_document_null_date);
    tcase_add_test(calls, test_weekend_presets_masks_and_unquoted_masks);
    tcase_add_test(calls, test_two_column_exceptions);
    tcase_add_test(calls, test_bad_input_is_illegal_argument);
    tcase_add_test(calls, test_holidays_is_a_column_of_dates);
    tcase_add_test(calls, test_version_is_text);
    suite_add_tcase(suite, calls);
    return suite;
}

int main(void)
{
    fixture_register_types();
    return yp_test_run(addin_suite());
}
