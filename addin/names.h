/* SPDX-License-Identifier: MPL-2.0 */
/* The add-in's UNO names. The service name is the prefix ODF files store
 * before every function: ORG.YARDPLAN.FUNCTIONS.WORKDAY(...). */
#pragma once

#define ADDIN_INTERFACE_NAME      "org.yardplan.XFunctions"
#define ADDIN_SERVICE_NAME        "org.yardplan.Functions"
#define ADDIN_IMPLEMENTATION_NAME "org.yardplan.Functions.impl"
#define ADDIN_CALC_SERVICE_NAME   "com.sun.star.sheet.AddIn"
