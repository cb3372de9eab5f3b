/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/errors.h"

#include "scheduler/error.h"

/* Builds the exception struct in a zeroed buffer of its own size: Message
 * opens every UNO exception; the other members (Context, and an
 * IllegalArgumentException's ArgumentPosition) stay zero, since Calc shows
 * only the error code. */
static void construct_exception(typelib_TypeDescriptionReference *type, const char *message,
                                uno_Any *exception)
{
    typelib_TypeDescription *td = NULL;
    typelib_typedescriptionreference_getDescription(&td, type);
    if (td == NULL) {
        /* No type information at all: a void any still tells the caller
         * that the call failed, and nothing is left half-built. */
        uno_any_construct(exception, NULL, NULL, NULL);
        return;
    }

    g_autofree char *buffer = g_malloc0((gsize)td->nSize);
    rtl_uString *text = addin_ustring_from_utf8(message);
    *(rtl_uString **)buffer = text;

    uno_any_construct(exception, buffer, td, NULL);
    rtl_uString_release(text);
    typelib_typedescription_release(td);
}

void addin_raise(const AddinTypes *types, const GError *error, uno_Any *exception)
{
    const char *message = error != NULL ? error->message : "invalid input";
    if (error != NULL && error->domain == YP_ERROR && error->code == YP_ERROR_NO_CONVERGENCE)
        construct_exception(types->no_convergence, message, exception);
    else
        construct_exception(types->illegal_argument, message, exception);
}

void addin_raise_runtime(const AddinTypes *types, const char *message, uno_Any *exception)
{
    construct_exception(types->runtime, message, exception);
}
