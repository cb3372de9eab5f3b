/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/object.h"

#include "addin/call-internal.h"
#include "addin/errors.h"
#include "addin/table.h"

#include <string.h>

typedef struct {
    uno_Interface iface; /* first: the bridge sees the object as this */
    gint refcount;
    AddinTypes types;
    GHashTable *index; /* IDL method name -> table row */

    GMutex lock; /* guards the locale, which Calc may set at any time */
    AddinLang lang;
    rtl_uString *language;
    rtl_uString *country;
    rtl_uString *variant;
} AddinObject;

/* com.sun.star.lang.Locale as the binary UNO ABI lays it out. */
typedef struct {
    rtl_uString *language;
    rtl_uString *country;
    rtl_uString *variant;
} UnoLocale;

static void SAL_CALL object_acquire(uno_Interface *iface)
{
    g_atomic_int_inc(&((AddinObject *)iface)->refcount);
}

static void SAL_CALL object_release(uno_Interface *iface)
{
    AddinObject *self = (AddinObject *)iface;
    if (!g_atomic_int_dec_and_test(&self->refcount))
        return;
    g_hash_table_unref(self->index);
    rtl_uString_release(self->language);
    rtl_uString_release(self->country);
    rtl_uString_release(self->variant);
    g_mutex_clear(&self->lock);
    addin_types_clear(&self->types);
    g_free(self);
}

/* ---- Returning values --------------------------------------------------- */

static void return_utf8(void *ret, const char *text)
{
    *(rtl_uString **)ret = addin_ustring_from_utf8(text);
}

static void return_strings(const AddinObject *self, void *ret, const char *const *texts, gsize n)
{
    uno_Sequence *seq = NULL;
    uno_type_sequence_construct(&seq, self->types.seq_string, NULL, (sal_Int32)n, NULL);
    rtl_uString **slots = (rtl_uString **)seq->elements;
    for (gsize i = 0; i < n; i++) {
        rtl_uString_release(slots[i]);
        slots[i] = addin_ustring_from_utf8(texts[i]);
    }
    *(uno_Sequence **)ret = seq;
}

/* ---- XAddIn ------------------------------------------------------------- */

static const AddinFunction *find_function(const AddinObject *self, const rtl_uString *method)
{
    g_autofree char *name = addin_ustring_to_utf8(method);
    return name != NULL ? g_hash_table_lookup(self->index, name) : NULL;
}

static AddinLang current_lang(AddinObject *self)
{
    g_mutex_lock(&self->lock);
    AddinLang lang = self->lang;
    g_mutex_unlock(&self->lock);
    return lang;
}

/* The table argument behind IDL parameter @position (0 is the caller). */
static const AddinArg *find_arg(const AddinFunction *fn, sal_Int32 position)
{
    if (fn == NULL || position < ADDIN_CALLER_ARGS)
        return NULL;
    guint arg = (guint)(position - ADDIN_CALLER_ARGS);
    return arg < addin_function_n_args(fn) ? &fn->args[arg] : NULL;
}

static gboolean dispatch_addin(AddinObject *self, const char *method, void *ret, void *args[])
{
    const AddinLang lang = current_lang(self);
    const rtl_uString *name = *(rtl_uString **)args[0];

    if (strcmp(method, "getProgrammaticFuntionName") == 0) {
        /* Display names are the same in every language. */
        g_autofree char *display = addin_ustring_to_utf8(name);
        GHashTableIter iter;
        gpointer key, value;
        const char *found = "";
        g_hash_table_iter_init(&iter, self->index);
        while (display != NULL && g_hash_table_iter_next(&iter, &key, &value)) {
            if (g_ascii_strcasecmp(((const AddinFunction *)value)->name, display) == 0)
                found = key;
        }
        return_utf8(ret, found);
        return TRUE;
    }

    const AddinFunction *fn = find_function(self, name);
    if (strcmp(method, "getDisplayFunctionName") == 0) {
        return_utf8(ret, fn != NULL ? fn->name : "");
    } else if (strcmp(method, "getFunctionDescription") == 0) {
        return_utf8(ret, fn != NULL ? addin_text_get(&fn->summary, lang) : "");
    } else if (strcmp(method, "getDisplayArgumentName") == 0) {
        const AddinArg *arg = find_arg(fn, *(sal_Int32 *)args[1]);
        return_utf8(ret, arg != NULL ? addin_text_get(&arg->name, lang) : "");
    } else if (strcmp(method, "getArgumentDescription") == 0) {
        const AddinArg *arg = find_arg(fn, *(sal_Int32 *)args[1]);
        return_utf8(ret, arg != NULL ? addin_text_get(&arg->help, lang) : "");
    } else if (strcmp(method, "getProgrammaticCategoryName") == 0 ||
               strcmp(method, "getDisplayCategoryName") == 0) {
        return_utf8(ret, addin_category_name(fn != NULL ? fn->category : ADDIN_CATEGORY_ADDIN));
    } else {
        return FALSE;
    }
    return TRUE;
}

static void set_locale(AddinObject *self, const UnoLocale *locale)
{
    g_autofree char *language = addin_ustring_to_utf8(locale->language);
    g_mutex_lock(&self->lock);
    rtl_uString_assign(&self->language, locale->language);
    rtl_uString_assign(&self->country, locale->country);
    rtl_uString_assign(&self->variant, locale->variant);
    self->lang = addin_lang_from_locale(language);
    g_mutex_unlock(&self->lock);
}

static void get_locale(AddinObject *self, UnoLocale *out)
{
    g_mutex_lock(&self->lock);
    out->language = self->language;
    out->country = self->country;
    out->variant = self->variant;
    rtl_uString_acquire(out->language);
    rtl_uString_acquire(out->country);
    rtl_uString_acquire(out->variant);
    g_mutex_unlock(&self->lock);
}

/* ---- XInterface, XTypeProvider, XServiceInfo ----------------------------- */

static void query_interface(AddinObject *self, typelib_TypeDescriptionReference *wanted,
                            uno_Any *ret)
{
    typelib_TypeDescriptionReference *const supported[] = {
        self->types.xinterface,   self->types.xaddin,       self->types.xlocalizable,
        self->types.xservicename, self->types.xserviceinfo, self->types.xtypeprovider,
        self->types.xfunctions,
    };
    for (gsize i = 0; i < G_N_ELEMENTS(supported); i++) {
        if (typelib_typedescriptionreference_equals(wanted, supported[i])) {
            void *self_ptr = &self->iface;
            uno_type_any_construct(ret, &self_ptr, wanted, NULL);
            return;
        }
    }
    uno_any_construct(ret, NULL, NULL, NULL);
}

static void get_types(AddinObject *self, void *ret)
{
    typelib_TypeDescriptionReference *const types[] = {
        self->types.xaddin,        self->types.xservicename, self->types.xserviceinfo,
        self->types.xtypeprovider, self->types.xfunctions,
    };
    uno_Sequence *seq = NULL;
    uno_type_sequence_construct(&seq, self->types.seq_type, (void *)types,
                                (sal_Int32)G_N_ELEMENTS(types), NULL);
    *(uno_Sequence **)ret = seq;
}

static const char *const supported_services[] = { ADDIN_CALC_SERVICE_NAME, ADDIN_SERVICE_NAME };

static gboolean supports_service(const rtl_uString *name)
{
    for (gsize i = 0; i < G_N_ELEMENTS(supported_services); i++) {
        if (rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, supported_services[i]) ==
            0)
            return TRUE;
    }
    return FALSE;
}

/* ---- The dispatcher ------------------------------------------------------ */

static void call_function(AddinObject *self, const AddinFunction *fn, uno_Any *ret, void *args[],
                          uno_Any **exception)
{
    AddinCall call;
    g_autoptr(GError) error = NULL;
    addin_call_init(&call, fn, &self->types, args);
    gboolean ok = addin_call_run(&call, ret, &error);
    addin_call_clear(&call);
    if (ok) {
        *exception = NULL;
        return;
    }
    addin_raise(&self->types, error, *exception);
}

static void SAL_CALL object_dispatch(uno_Interface *iface, const typelib_TypeDescription *member,
                                     void *ret, void *args[], uno_Any **exception)
{
    AddinObject *self = (AddinObject *)iface;
    char method[64];
    if (!addin_method_name(member, method, sizeof method)) {
        addin_raise_runtime(&self->types, "YardPlan: unknown member", *exception);
        return;
    }

    if (addin_member_is(member, ADDIN_INTERFACE_NAME, method)) {
        const AddinFunction *fn = g_hash_table_lookup(self->index, method);
        if (fn != NULL && fn->entry != NULL)
            call_function(self, fn, ret, args, exception);
        else
            addin_raise_runtime(&self->types, "YardPlan: unknown function", *exception);
        return;
    } else if (strcmp(method, "queryInterface") == 0) {
        query_interface(self, *(typelib_TypeDescriptionReference **)args[0], ret);
    } else if (strcmp(method, "acquire") == 0) {
        object_acquire(iface);
    } else if (strcmp(method, "release") == 0) {
        object_release(iface);
    } else if (strcmp(method, "setLocale") == 0) {
        set_locale(self, args[0]);
    } else if (strcmp(method, "getLocale") == 0) {
        get_locale(self, ret);
    } else if (strcmp(method, "getServiceName") == 0) {
        return_utf8(ret, ADDIN_SERVICE_NAME);
    } else if (strcmp(method, "getImplementationName") == 0) {
        return_utf8(ret, ADDIN_IMPLEMENTATION_NAME);
    } else if (strcmp(method, "supportsService") == 0) {
        *(sal_Bool *)ret = supports_service(*(rtl_uString **)args[0]);
    } else if (strcmp(method, "getSupportedServiceNames") == 0) {
        return_strings(self, ret, supported_services, G_N_ELEMENTS(supported_services));
    } else if (strcmp(method, "getTypes") == 0) {
        get_types(self, ret);
    } else if (strcmp(method, "getImplementationId") == 0) {
        uno_Sequence *empty = NULL;
        uno_type_sequence_construct(&empty, self->types.seq_byte, NULL, 0, NULL);
        *(uno_Sequence **)ret = empty;
    } else if (!dispatch_addin(self, method, ret, args)) {
        addin_raise_runtime(&self->types, "YardPlan: unknown method", *exception);
        return;
    }
    *exception = NULL;
}

uno_Interface *addin_object_new(void)
{
    AddinObject *self = g_new0(AddinObject, 1);
    self->iface.acquire = object_acquire;
    self->iface.release = object_release;
    self->iface.pDispatcher = object_dispatch;
    self->refcount = 1;
    addin_types_init(&self->types);
    self->index = addin_table_index_new();
    g_mutex_init(&self->lock);
    self->lang = ADDIN_LANG_EN;
    self->language = addin_ustring_from_utf8("en");
    self->country = addin_ustring_from_utf8("US");
    self->variant = addin_ustring_from_utf8("");
    return &self->iface;
}
