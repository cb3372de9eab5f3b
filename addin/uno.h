/* SPDX-License-Identifier: MPL-2.0 */
/* The binary UNO C API in one include, and the UNO types the add-in names.
 * LibreOffice 7.4's typedescription.h carries C++-only inline helpers that
 * still compile in C once bool and the type-class typedef exist; never call them. */
#pragma once

#include <stdbool.h>
#include <typelib/typeclass.h>
typedef enum _typelib_TypeClass _typelib_TypeClass;
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/sequence2.h>
#include <rtl/ustring.h>

#include <glib.h>

#include "addin/names.h"

/* Type references made once per component object and released with it. */
typedef struct {
    typelib_TypeDescriptionReference *xinterface;
    typelib_TypeDescriptionReference *xaddin;
    typelib_TypeDescriptionReference *xlocalizable;
    typelib_TypeDescriptionReference *xservicename;
    typelib_TypeDescriptionReference *xserviceinfo;
    typelib_TypeDescriptionReference *xtypeprovider;
    typelib_TypeDescriptionReference *xfunctions;
    typelib_TypeDescriptionReference *xsinglecomponentfactory;
    typelib_TypeDescriptionReference *xsingleservicefactory;
    typelib_TypeDescriptionReference *type;
    typelib_TypeDescriptionReference *any;
    typelib_TypeDescriptionReference *string;
    typelib_TypeDescriptionReference *double_;
    typelib_TypeDescriptionReference *seq_any;
    typelib_TypeDescriptionReference *seq_seq_any;
    typelib_TypeDescriptionReference *seq_double;
    typelib_TypeDescriptionReference *seq_seq_double;
    typelib_TypeDescriptionReference *seq_string;
    typelib_TypeDescriptionReference *seq_type;
    typelib_TypeDescriptionReference *seq_byte;
    typelib_TypeDescriptionReference *illegal_argument;
    typelib_TypeDescriptionReference *no_convergence;
    typelib_TypeDescriptionReference *runtime;
} AddinTypes;

void addin_types_init(AddinTypes *types);
void addin_types_clear(AddinTypes *types);

/**
 * addin_method_name:
 * The bare method name of a member type name such as
 * "com.sun.star.lang.XLocalizable::setLocale:@0,3:com.sun.star.sheet.XAddIn"
 * ("setLocale"), written into @buf. Returns FALSE when it does not fit.
 */
gboolean addin_method_name(const typelib_TypeDescription *member, char *buf, gsize size);

/**
 * addin_member_is:
 * TRUE when @member is method @method of interface @interface_name,
 * however the bridge decorated the name for inherited methods.
 */
gboolean addin_member_is(const typelib_TypeDescription *member, const char *interface_name,
                         const char *method);

/**
 * addin_ustring_from_utf8 / addin_ustring_to_utf8:
 * Conversions between UNO strings (UTF-16) and UTF-8. from_utf8 returns an
 * acquired string (never NULL; invalid bytes become U+FFFD);
 * to_utf8 returns a newly allocated string, or NULL for broken UTF-16.
 */
rtl_uString *addin_ustring_from_utf8(const char *text);
char *addin_ustring_to_utf8(const rtl_uString *string);
