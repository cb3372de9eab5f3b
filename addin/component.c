/* SPDX-License-Identifier: MPL-2.0 */
/* The shared library's face to LibreOffice: the two exported entry points
 * and the factory that makes add-in objects. */
#include "addin/object.h"
#include "addin/errors.h"
#include "addin/uno.h"

#include <string.h>

/* The only symbols the library exports. */
#define ADDIN_EXPORT __attribute__((visibility("default")))

typedef struct {
    uno_Interface iface;
    gint refcount;
    AddinTypes types;
} AddinFactory;

static void SAL_CALL factory_acquire(uno_Interface *iface)
{
    g_atomic_int_inc(&((AddinFactory *)iface)->refcount);
}

static void SAL_CALL factory_release(uno_Interface *iface)
{
    AddinFactory *self = (AddinFactory *)iface;
    if (!g_atomic_int_dec_and_test(&self->refcount))
        return;
    addin_types_clear(&self->types);
    g_free(self);
}

static void factory_query_interface(AddinFactory *self, typelib_TypeDescriptionReference *wanted,
                                    uno_Any *ret)
{
    typelib_TypeDescriptionReference *const supported[] = {
        self->types.xinterface,
        self->types.xsinglecomponentfactory,
        self->types.xsingleservicefactory,
        self->types.xserviceinfo,
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

static void SAL_CALL factory_dispatch(uno_Interface *iface, const typelib_TypeDescription *member,
                                      void *ret, void *args[], uno_Any **exception)
{
    AddinFactory *self = (AddinFactory *)iface;
    char method[64];
    if (!addin_method_name(member, method, sizeof method)) {
        addin_raise_runtime(&self->types, "YardPlan: unknown member", *exception);
        return;
    }

    if (g_str_has_prefix(method, "createInstance")) {
        /* Every variant (with or without context and arguments) makes a
         * fresh object: the add-in needs neither. */
        *(uno_Interface **)ret = addin_object_new();
    } else if (strcmp(method, "queryInterface") == 0) {
        factory_query_interface(self, *(typelib_TypeDescriptionReference **)args[0], ret);
    } else if (strcmp(method, "acquire") == 0) {
        factory_acquire(iface);
    } else if (strcmp(method, "release") == 0) {
        factory_release(iface);
    } else if (strcmp(method, "getImplementationName") == 0) {
        *(rtl_uString **)ret = addin_ustring_from_utf8(ADDIN_IMPLEMENTATION_NAME);
    } else if (strcmp(method, "supportsService") == 0) {
        const rtl_uString *name = *(rtl_uString **)args[0];
        *(sal_Bool *)ret =
            rtl_ustr_ascii_compare_WithLength(name->buffer, name->length,
                                              ADDIN_CALC_SERVICE_NAME) == 0 ||
            rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, ADDIN_SERVICE_NAME) == 0;
    } else if (strcmp(method, "getSupportedServiceNames") == 0) {
        uno_Sequence *seq = NULL;
        uno_type_sequence_construct(&seq, self->types.seq_string, NULL, 2, NULL);
        rtl_uString **slots = (rtl_uString **)seq->elements;
        rtl_uString_release(slots[0]);
        rtl_uString_release(slots[1]);
        slots[0] = addin_ustring_from_utf8(ADDIN_CALC_SERVICE_NAME);
        slots[1] = addin_ustring_from_utf8(ADDIN_SERVICE_NAME);
        *(uno_Sequence **)ret = seq;
    } else {
        addin_raise_runtime(&self->types, "YardPlan: unknown factory method", *exception);
        return;
    }
    *exception = NULL;
}

static uno_Interface *factory_new(void)
{
    AddinFactory *self = g_new0(AddinFactory, 1);
    self->iface.acquire = factory_acquire;
    self->iface.release = factory_release;
    self->iface.pDispatcher = factory_dispatch;
    self->refcount = 1;
    addin_types_init(&self->types);
    return &self->iface;
}

/* Declared here: the loader finds them by name, nothing else calls them. */
ADDIN_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                  uno_Environment **env);
ADDIN_EXPORT void *SAL_CALL component_getFactory(const char *implementation_name,
                                                 void *service_manager, void *registry_key);

/* The library speaks binary UNO, so its environment is plain "uno". */
ADDIN_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                  uno_Environment **env)
{
    (void)env;
    *env_type_name = "uno";
}

/* Returns an acquired factory for our one implementation, NULL for others. */
ADDIN_EXPORT void *SAL_CALL component_getFactory(const char *implementation_name,
                                                 void *service_manager, void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    if (implementation_name == NULL || strcmp(implementation_name, ADDIN_IMPLEMENTATION_NAME) != 0)
        return NULL;
    return factory_new();
}
