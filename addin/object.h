/* SPDX-License-Identifier: MPL-2.0 */
/* The add-in object Calc talks to: XAddIn (with XLocalizable), XServiceName,
 * XServiceInfo, XTypeProvider and the function interface, all served by one
 * dispatcher over the function table. */
#pragma once

#include "addin/uno.h"

/**
 * addin_object_new:
 * Returns: (transfer full): a new add-in object with a reference count of 1.
 */
uno_Interface *addin_object_new(void);
