/* SPDX-License-Identifier: MPL-2.0 */
/* The one place where engine errors become UNO exceptions, which Calc
 * shows as cell errors: IllegalArgumentException as Err:502,
 * NoConvergenceException as Err:523, RuntimeException as #VALUE!. */
#pragma once

#include "addin/uno.h"

/**
 * addin_raise:
 * Constructs into @exception the exception for @error (YP_ERROR domain;
 * any other domain counts as invalid input).
 */
void addin_raise(const AddinTypes *types, const GError *error, uno_Any *exception);

/**
 * addin_raise_runtime:
 * Constructs a RuntimeException for a failure that is not the user's
 * (an unexpected call, a broken bridge).
 */
void addin_raise_runtime(const AddinTypes *types, const char *message, uno_Any *exception);
