/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/uno.h"

#include <string.h>

static typelib_TypeDescriptionReference *type_ref(typelib_TypeClass type_class, const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_typedescriptionreference_newByAsciiName(&ref, type_class, name);
    return ref;
}

void addin_types_init(AddinTypes *types)
{
    const typelib_TypeClass iface = typelib_TypeClass_INTERFACE;
    const typelib_TypeClass seq = typelib_TypeClass_SEQUENCE;
    const typelib_TypeClass exception = typelib_TypeClass_EXCEPTION;

    types->xinterface = type_ref(iface, "com.sun.star.uno.XInterface");
    types->xaddin = type_ref(iface, "com.sun.star.sheet.XAddIn");
    types->xlocalizable = type_ref(iface, "com.sun.star.lang.XLocalizable");
    types->xservicename = type_ref(iface, "com.sun.star.lang.XServiceName");
    types->xserviceinfo = type_ref(iface, "com.sun.star.lang.XServiceInfo");
    types->xtypeprovider = type_ref(iface, "com.sun.star.lang.XTypeProvider");
    types->xfunctions = type_ref(iface, ADDIN_INTERFACE_NAME);
    types->xsinglecomponentfactory = type_ref(iface, "com.sun.star.lang.XSingleComponentFactory");
    types->xsingleservicefactory = type_ref(iface, "com.sun.star.lang.XSingleServiceFactory");
    types->type = type_ref(typelib_TypeClass_TYPE, "type");
    types->any = type_ref(typelib_TypeClass_ANY, "any");
    types->string = type_ref(typelib_TypeClass_STRING, "string");
    types->double_ = type_ref(typelib_TypeClass_DOUBLE, "double");
    types->seq_any = type_ref(seq, "[]any");
    types->seq_seq_any = type_ref(seq, "[][]any");
    types->seq_double = type_ref(seq, "[]double");
    types->seq_seq_double = type_ref(seq, "[][]double");
    types->seq_string = type_ref(seq, "[]string");
    types->seq_type = type_ref(seq, "[]type");
    types->seq_byte = type_ref(seq, "[]byte");
    types->illegal_argument = type_ref(exception, "com.sun.star.lang.IllegalArgumentException");
    types->no_convergence = type_ref(exception, "com.sun.star.sheet.NoConvergenceException");
    types->runtime = type_ref(exception, "com.sun.star.uno.RuntimeException");
}

void addin_types_clear(AddinTypes *types)
{
    typelib_TypeDescriptionReference **refs = (typelib_TypeDescriptionReference **)types;
    for (gsize i = 0; i < sizeof *types / sizeof *refs; i++) {
        if (refs[i] != NULL)
            typelib_typedescriptionreference_release(refs[i]);
        refs[i] = NULL;
    }
}

/* Member names are "<interface>::<method>", with ":@<index>,<position>:<derived>"
 * appended for methods reached through a derived interface. */
static gboolean split_member(const typelib_TypeDescription *member, const sal_Unicode **iface,
                             gsize *iface_len, const sal_Unicode **method, gsize *method_len)
{
    const rtl_uString *name = member->pTypeName;
    const sal_Unicode *s = name->buffer;
    gsize n = (gsize)name->length;
    gsize sep = 0;
    while (sep + 1 < n && !(s[sep] == ':' && s[sep + 1] == ':'))
        sep++;
    if (sep + 1 >= n)
        return FALSE;
    gsize start = sep + 2, end = start;
    while (end < n && !(s[end] == ':' && end + 1 < n && s[end + 1] == '@'))
        end++;
    *iface = s;
    *iface_len = sep;
    *method = s + start;
    *method_len = end - start;
    return TRUE;
}

static gboolean ascii_equals(const sal_Unicode *s, gsize n, const char *ascii)
{
    gsize i = 0;
    for (; i < n && ascii[i] != '\0'; i++) {
        if (s[i] != (sal_Unicode)(unsigned char)ascii[i])
            return FALSE;
    }
    return i == n && ascii[i] == '\0';
}

gboolean addin_method_name(const typelib_TypeDescription *member, char *buf, gsize size)
{
    const sal_Unicode *iface, *method;
    gsize iface_len, method_len;
    if (!split_member(member, &iface, &iface_len, &method, &method_len) || method_len >= size)
        return FALSE;
    for (gsize i = 0; i < method_len; i++) {
        if (method[i] > 0x7f)
            return FALSE;
        buf[i] = (char)method[i];
    }
    buf[method_len] = '\0';
    return TRUE;
}

gboolean addin_member_is(const typelib_TypeDescription *member, const char *interface_name,
                         const char *method_name)
{
    const sal_Unicode *iface, *method;
    gsize iface_len, method_len;
    return split_member(member, &iface, &iface_len, &method, &method_len) &&
           ascii_equals(method, method_len, method_name) &&
           ascii_equals(iface, iface_len, interface_name);
}

rtl_uString *addin_ustring_from_utf8(const char *text)
{
    rtl_uString *result = NULL;
    glong n = 0;
    /* A message that quotes a cut character must still reach the user:
     * broken bytes become U+FFFD rather than the whole text vanishing. */
    if (text == NULL)
        text = "";
    g_autofree char *valid = g_utf8_validate(text, -1, NULL) ? NULL : g_utf8_make_valid(text, -1);
    g_autofree gunichar2 *utf16 = g_utf8_to_utf16(valid != NULL ? valid : text, -1, NULL, &n, NULL);
    if (utf16 != NULL && n <= G_MAXINT32)
        rtl_uString_newFromStr_WithLength(&result, (const sal_Unicode *)utf16, (sal_Int32)n);
    else
        rtl_uString_new(&result);
    return result;
}

char *addin_ustring_to_utf8(const rtl_uString *string)
{
    return g_utf16_to_utf8((const gunichar2 *)string->buffer, string->length, NULL, NULL, NULL);
}
