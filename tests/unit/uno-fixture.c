/* SPDX-License-Identifier: MPL-2.0 */
#include "tests/unit/uno-fixture.h"

#include "addin/names.h"

#include <string.h>

static rtl_uString *ustr(const char *ascii)
{
    return addin_ustring_from_utf8(ascii);
}

/* ---- Type descriptions ------------------------------------------------------ */

typedef struct {
    typelib_TypeClass type_class;
    const char *type;
    const char *name;
} Member;

static void register_compound(typelib_TypeClass type_class, const char *name, const char *base,
                              const Member *members, sal_Int32 n_members)
{
    typelib_CompoundMember_Init init[4];
    g_assert(n_members <= 4);
    for (sal_Int32 i = 0; i < n_members; i++) {
        init[i].eTypeClass = members[i].type_class;
        init[i].pTypeName = ustr(members[i].type);
        init[i].pMemberName = ustr(members[i].name);
    }
    typelib_TypeDescriptionReference *base_ref = NULL;
    if (base != NULL)
        typelib_typedescriptionreference_newByAsciiName(&base_ref, type_class, base);
    rtl_uString *type_name = ustr(name);
    typelib_TypeDescription *td = NULL;
    typelib_typedescription_new(&td, type_class, type_name, base_ref, n_members, init);
    typelib_typedescription_register(&td);
    typelib_typedescription_release(td);
    rtl_uString_release(type_name);
    if (base_ref != NULL)
        typelib_typedescriptionreference_release(base_ref);
    for (sal_Int32 i = 0; i < n_members; i++) {
        rtl_uString_release(init[i].pTypeName);
        rtl_uString_release(init[i].pMemberName);
    }
}

/* XPropertySet with the one method the add-in calls (no base interface:
 * enough for a dispatcher that goes by name). */
static void register_property_set(void)
{
    rtl_uString *method_name = ustr("com.sun.star.beans.XPropertySet::getPropertyValue");
    rtl_uString *string_type = ustr("string");
    rtl_uString *param_name = ustr("PropertyName");
    rtl_uString *any_type = ustr("any");
    typelib_Parameter_Init param = { typelib_TypeClass_STRING, string_type, param_name, 1, 0 };

    /* The interface first: the method looks its interface up by name. */
    typelib_TypeDescriptionReference *member = NULL;
    typelib_typedescriptionreference_new(&member, typelib_TypeClass_INTERFACE_METHOD, method_name);
    rtl_uString *iface_name = ustr("com.sun.star.beans.XPropertySet");
    typelib_InterfaceTypeDescription *iface = NULL;
    typelib_typedescription_newMIInterface(&iface, iface_name, 0, 0, 0, 0, 0, 0, NULL, 1, &member);
    typelib_typedescription_register((typelib_TypeDescription **)&iface);

    typelib_InterfaceMethodTypeDescription *method = NULL;
    typelib_typedescription_newInterfaceMethod(&method, 0, 0, method_name, typelib_TypeClass_ANY,
                                               any_type, 1, &param, 0, NULL);
    typelib_typedescription_register((typelib_TypeDescription **)&method);

    typelib_typedescription_release(&iface->aBase);
    typelib_typedescription_release(&method->aBase.aBase);
    typelib_typedescriptionreference_release(member);
    rtl_uString_release(iface_name);
    rtl_uString_release(method_name);
    rtl_uString_release(string_type);
    rtl_uString_release(param_name);
    rtl_uString_release(any_type);
}

/* An interface without members: enough for the exception's Context. */
static void register_interface(const char *name)
{
    rtl_uString *iface_name = ustr(name);
    typelib_InterfaceTypeDescription *iface = NULL;
    typelib_typedescription_newMIInterface(&iface, iface_name, 0, 0, 0, 0, 0, 0, NULL, 0, NULL);
    typelib_typedescription_register((typelib_TypeDescription **)&iface);
    typelib_typedescription_release(&iface->aBase);
    rtl_uString_release(iface_name);
}

void fixture_register_types(void)
{
    const typelib_TypeClass exc = typelib_TypeClass_EXCEPTION;
    const Member exception_members[] = {
        { typelib_TypeClass_STRING, "string", "Message" },
        { typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface", "Context" },
    };
    const Member position[] = { { typelib_TypeClass_SHORT, "short", "ArgumentPosition" } };
    const Member date[] = {
        { typelib_TypeClass_UNSIGNED_SHORT, "unsigned short", "Day" },
        { typelib_TypeClass_UNSIGNED_SHORT, "unsigned short", "Month" },
        { typelib_TypeClass_SHORT, "short", "Year" },
    };

    register_interface("com.sun.star.uno.XInterface");
    register_compound(exc, "com.sun.star.uno.Exception", NULL, exception_members, 2);
    register_compound(exc, "com.sun.star.uno.RuntimeException", "com.sun.star.uno.Exception", NULL,
                      0);
    register_compound(exc, "com.sun.star.lang.IllegalArgumentException",
                      "com.sun.star.uno.RuntimeException", position, 1);
    register_compound(exc, "com.sun.star.sheet.NoConvergenceException",
                      "com.sun.star.uno.Exception", NULL, 0);
    register_compound(typelib_TypeClass_STRUCT, "com.sun.star.util.Date", NULL, date, 3);
    register_property_set();
}

/* ---- Calling members -------------------------------------------------------- */

uno_Interface *fixture_new_object(void)
{
    const char *env = NULL;
    component_getImplementationEnvironment(&env, NULL);
    g_assert_cmpstr(env, ==, "uno");
    uno_Interface *factory = component_getFactory(ADDIN_IMPLEMENTATION_NAME, NULL, NULL);
    g_assert_nonnull(factory);

    uno_Interface *context = NULL;
    void *args[1] = { &context };
    uno_Interface *object = NULL;
    g_autofree char *thrown = fixture_dispatch(
        factory, "com.sun.star.lang.XSingleComponentFactory::createInstanceWithContext", &object,
        args);
    g_assert_null(thrown);
    factory->release(factory);
    return object;
}

char *fixture_dispatch_message(uno_Interface *iface, const char *member, void *ret, void *args[],
                               char **message)
{
    g_autofree char *full = strstr(member, "::") != NULL
                                ? g_strdup(member)
                                : g_strdup_printf("%s::%s", ADDIN_INTERFACE_NAME, member);
    typelib_TypeDescription td;
    memset(&td, 0, sizeof td);
    td.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    td.pTypeName = ustr(full);

    uno_Any exception_storage;
    uno_Any *exception = &exception_storage;
    if (message != NULL)
        *message = NULL;
    iface->pDispatcher(iface, &td, ret, args, &exception);
    rtl_uString_release(td.pTypeName);
    if (exception == NULL)
        return NULL;
    char *name = addin_ustring_to_utf8(exception->pType->pTypeName);
    /* Message opens every UNO exception. */
    if (message != NULL && exception->pType->eTypeClass == typelib_TypeClass_EXCEPTION)
        *message = addin_ustring_to_utf8(*(rtl_uString **)exception->pData);
    uno_any_destruct(exception, NULL);
    return name;
}

char *fixture_dispatch(uno_Interface *iface, const char *member, void *ret, void *args[])
{
    return fixture_dispatch_message(iface, member, ret, args, NULL);
}

/* ---- Values --------------------------------------------------------------------- */

static typelib_TypeDescriptionReference *type(typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_typedescriptionreference_newByAsciiName(&ref, type_class, name);
    return ref;
}

uno_Sequence *fixture_rows_new(guint rows, guint cols)
{
    typelib_TypeDescriptionReference *outer_type = type(typelib_TypeClass_SEQUENCE, "[][]any");
    typelib_TypeDescriptionReference *row_type = type(typelib_TypeClass_SEQUENCE, "[]any");
    uno_Sequence *outer = NULL;
    uno_type_sequence_construct(&outer, outer_type, NULL, (sal_Int32)rows, NULL);
    for (guint r = 0; r < rows; r++)
        uno_type_sequence_realloc(&((uno_Sequence **)outer->elements)[r], row_type, (sal_Int32)cols,
                                  NULL, NULL);
    typelib_typedescriptionreference_release(outer_type);
    typelib_typedescriptionreference_release(row_type);
    return outer;
}

void fixture_rows_free(uno_Sequence *rows)
{
    typelib_TypeDescriptionReference *outer_type = type(typelib_TypeClass_SEQUENCE, "[][]any");
    uno_type_destructData(&rows, outer_type, NULL);
    typelib_typedescriptionreference_release(outer_type);
}

static uno_Any *cell(uno_Sequence *rows, guint row, guint col)
{
    uno_Sequence *r = ((uno_Sequence **)rows->elements)[row];
    g_assert((sal_Int32)col < r->nElements);
    return &((uno_Any *)r->elements)[col];
}

void fixture_rows_set_number(uno_Sequence *rows, guint row, guint col, double value)
{
    uno_Any *any = cell(rows, row, col);
    uno_any_destruct(any, NULL);
    fixture_any_number(any, value);
}

void fixture_rows_set_text(uno_Sequence *rows, guint row, guint col, const char *text)
{
    uno_Any *any = cell(rows, row, col);
    uno_any_destruct(any, NULL);
    fixture_any_text(any, text);
}

uno_Sequence *fixture_rows_number(double value)
{
    uno_Sequence *rows = fixture_rows_new(1, 1);
    fixture_rows_set_number(rows, 0, 0, value);
    return rows;
}

uno_Sequence *fixture_rows_text(const char *text)
{
    uno_Sequence *rows = fixture_rows_new(1, 1);
    fixture_rows_set_text(rows, 0, 0, text);
    return rows;
}

void fixture_any_void(uno_Any *any)
{
    uno_any_construct(any, NULL, NULL, NULL);
}

void fixture_any_number(uno_Any *any, double value)
{
    typelib_TypeDescriptionReference *t = type(typelib_TypeClass_DOUBLE, "double");
    uno_type_any_construct(any, &value, t, NULL);
    typelib_typedescriptionreference_release(t);
}

void fixture_any_text(uno_Any *any, const char *text)
{
    typelib_TypeDescriptionReference *t = type(typelib_TypeClass_STRING, "string");
    rtl_uString *s = ustr(text);
    uno_type_any_construct(any, &s, t, NULL);
    rtl_uString_release(s);
    typelib_typedescriptionreference_release(t);
}

void fixture_any_rows(uno_Any *any, uno_Sequence *rows)
{
    typelib_TypeDescriptionReference *t = type(typelib_TypeClass_SEQUENCE, "[][]any");
    uno_type_any_construct(any, &rows, t, NULL);
    typelib_typedescriptionreference_release(t);
}

void fixture_any_clear(uno_Any *any)
{
    uno_any_destruct(any, NULL);
}

gboolean fixture_any_get_number(const uno_Any *any, double *out)
{
    if (any->pType->eTypeClass != typelib_TypeClass_DOUBLE)
        return FALSE;
    *out = *(const double *)any->pData;
    return TRUE;
}

char *fixture_any_get_text(const uno_Any *any)
{
    if (any->pType->eTypeClass != typelib_TypeClass_STRING)
        return NULL;
    return addin_ustring_to_utf8(*(rtl_uString **)any->pData);
}

static gboolean is_type(const uno_Any *any, const char *name)
{
    g_autofree char *actual = addin_ustring_to_utf8(any->pType->pTypeName);
    return g_strcmp0(actual, name) == 0;
}

gboolean fixture_result_shape(const uno_Any *any, guint *rows, guint *cols)
{
    if (!is_type(any, "[][]double") && !is_type(any, "[][]any"))
        return FALSE;
    const uno_Sequence *outer = *(uno_Sequence **)any->pData;
    *rows = (guint)outer->nElements;
    *cols = *rows > 0 ? (guint)((uno_Sequence **)outer->elements)[0]->nElements : 0;
    return TRUE;
}

static const void *result_cell(const uno_Any *any, guint row, guint col, gboolean *is_double)
{
    guint rows, cols;
    if (!fixture_result_shape(any, &rows, &cols) || row >= rows)
        return NULL;
    const uno_Sequence *outer = *(uno_Sequence **)any->pData;
    const uno_Sequence *r = ((uno_Sequence **)outer->elements)[row];
    if ((sal_Int32)col >= r->nElements)
        return NULL;
    *is_double = is_type(any, "[][]double");
    return *is_double ? (const void *)&((const double *)r->elements)[col]
                      : (const void *)&((const uno_Any *)r->elements)[col];
}

gboolean fixture_result_number(const uno_Any *any, guint row, guint col, double *out)
{
    gboolean is_double;
    const void *p = result_cell(any, row, col, &is_double);
    if (p == NULL)
        return FALSE;
    if (is_double) {
        *out = *(const double *)p;
        return TRUE;
    }
    return fixture_any_get_number(p, out);
}

char *fixture_result_text(const uno_Any *any, guint row, guint col)
{
    gboolean is_double;
    const void *p = result_cell(any, row, col, &is_double);
    return p != NULL && !is_double ? fixture_any_get_text(p) : NULL;
}

uno_Sequence *fixture_rows_new_ragged(guint rows, const guint *cols)
{
    typelib_TypeDescriptionReference *row_type = type(typelib_TypeClass_SEQUENCE, "[]any");
    uno_Sequence *outer = fixture_rows_new(rows, 0);
    for (guint r = 0; r < rows; r++)
        uno_type_sequence_realloc(&((uno_Sequence **)outer->elements)[r], row_type,
                                  (sal_Int32)cols[r], NULL, NULL);
    typelib_typedescriptionreference_release(row_type);
    return outer;
}

void fixture_rows_set_any(uno_Sequence *rows, guint row, guint col, const uno_Any *value)
{
    uno_Any *any = cell(rows, row, col);
    uno_any_destruct(any, NULL);
    uno_type_any_construct(any, value->pData, value->pType, NULL);
}

void fixture_any_simple(uno_Any *any, typelib_TypeClass type_class, const char *type_name,
                        const void *value)
{
    typelib_TypeDescriptionReference *t = type(type_class, type_name);
    uno_type_any_construct(any, (void *)value, t, NULL);
    typelib_typedescriptionreference_release(t);
}

void fixture_any_utf16(uno_Any *any, const sal_Unicode *text, sal_Int32 length)
{
    rtl_uString *s = NULL;
    rtl_uString_newFromStr_WithLength(&s, text, length);
    typelib_TypeDescriptionReference *t = type(typelib_TypeClass_STRING, "string");
    uno_type_any_construct(any, &s, t, NULL);
    typelib_typedescriptionreference_release(t);
    rtl_uString_release(s);
}

void fixture_any_double_rows(uno_Any *any, guint rows, guint cols, const double *values)
{
    typelib_TypeDescriptionReference *outer_type = type(typelib_TypeClass_SEQUENCE, "[][]double");
    typelib_TypeDescriptionReference *row_type = type(typelib_TypeClass_SEQUENCE, "[]double");
    uno_Sequence *outer = NULL;
    uno_type_sequence_construct(&outer, outer_type, NULL, (sal_Int32)rows, NULL);
    for (guint r = 0; r < rows; r++) {
        uno_Sequence **row = &((uno_Sequence **)outer->elements)[r];
        uno_type_sequence_realloc(row, row_type, (sal_Int32)cols, NULL, NULL);
        if (cols > 0)
            memcpy((*row)->elements, values + (gsize)r * cols, cols * sizeof(double));
    }
    uno_type_any_construct(any, &outer, outer_type, NULL);
    uno_type_destructData(&outer, outer_type, NULL);
    typelib_typedescriptionreference_release(outer_type);
    typelib_typedescriptionreference_release(row_type);
}

void fixture_any_sequence(uno_Any *any, const char *type_name, guint n)
{
    typelib_TypeDescriptionReference *t = type(typelib_TypeClass_SEQUENCE, type_name);
    uno_Sequence *seq = NULL;
    uno_type_sequence_construct(&seq, t, NULL, (sal_Int32)n, NULL);
    uno_type_any_construct(any, &seq, t, NULL);
    uno_type_destructData(&seq, t, NULL);
    typelib_typedescriptionreference_release(t);
}

/* com.sun.star.util.Date as the binary UNO ABI lays it out. */
typedef struct {
    sal_uInt16 day, month;
    sal_Int16 year;
} UnoDate;

void fixture_any_date(uno_Any *any, int year, int month, int day)
{
    UnoDate date = { (sal_uInt16)day, (sal_uInt16)month, (sal_Int16)year };
    typelib_TypeDescriptionReference *t = type(typelib_TypeClass_STRUCT, "com.sun.star.util.Date");
    uno_type_any_construct(any, &date, t, NULL);
    typelib_typedescriptionreference_release(t);
}

/* ---- A caller document ---------------------------------------------------------- */

typedef struct {
    uno_Interface iface;
    gint refcount;
    FixtureCallerMode mode;
    sal_uInt16 day, month;
    sal_Int16 year;
} FakeCaller;

static void SAL_CALL caller_acquire(uno_Interface *iface)
{
    g_atomic_int_inc(&((FakeCaller *)iface)->refcount);
}

static void SAL_CALL caller_release(uno_Interface *iface)
{
    if (g_atomic_int_dec_and_test(&((FakeCaller *)iface)->refcount))
        g_free(iface);
}

static void SAL_CALL caller_dispatch(uno_Interface *iface, const typelib_TypeDescription *member,
                                     void *ret, void *args[], uno_Any **exception)
{
    FakeCaller *self = (FakeCaller *)iface;
    g_autofree char *name = addin_ustring_to_utf8(member->pTypeName);
    g_autofree char *property = addin_ustring_to_utf8(*(rtl_uString **)args[0]);
    g_assert_cmpstr(name, ==, "com.sun.star.beans.XPropertySet::getPropertyValue");
    g_assert_cmpstr(property, ==, "NullDate");
    switch (self->mode) {
    case FIXTURE_CALLER_THROWS: {
        typelib_TypeDescription *td = NULL;
        rtl_uString *type_name = ustr("com.sun.star.uno.RuntimeException");
        typelib_typedescription_getByName(&td, type_name);
        rtl_uString_release(type_name);
        g_assert_nonnull(td);
        g_autofree char *buffer = g_malloc0((gsize)td->nSize);
        rtl_uString *message = ustr("no NullDate here");
        *(rtl_uString **)buffer = message;
        uno_any_construct(*exception, buffer, td, NULL);
        rtl_uString_release(message);
        typelib_typedescription_release(td);
        return;
    }
    case FIXTURE_CALLER_VOID:
        fixture_any_void(ret);
        break;
    case FIXTURE_CALLER_TEXT:
        fixture_any_text(ret, "1899-12-30");
        break;
    case FIXTURE_CALLER_DATE:
    default:
        fixture_any_date(ret, self->year, self->month, self->day);
        break;
    }
    *exception = NULL;
}

uno_Interface *fixture_caller_new_mode(FixtureCallerMode mode, int year, int month, int day)
{
    FakeCaller *self = g_new0(FakeCaller, 1);
    self->iface.acquire = caller_acquire;
    self->iface.release = caller_release;
    self->iface.pDispatcher = caller_dispatch;
    self->refcount = 1;
    self->mode = mode;
    self->day = (sal_uInt16)day;
    self->month = (sal_uInt16)month;
    self->year = (sal_Int16)year;
    return &self->iface;
}

uno_Interface *fixture_caller_new(int year, int month, int day)
{
    return fixture_caller_new_mode(FIXTURE_CALLER_DATE, year, month, day);
}
