/* SPDX-License-Identifier: MPL-2.0 */
/* The one error domain of the scheduling engine. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define YP_ERROR (yp_error_quark())

/**
 * YpError:
 * @YP_ERROR_INVALID: the input breaks a rule of the function's contract
 *   (bad code, wrong shape, out-of-range value, unknown reference).
 * @YP_ERROR_CYCLE: the activity network has a dependency cycle.
 * @YP_ERROR_NO_CONVERGENCE: an iterative method found no answer.
 * @YP_ERROR_LIMIT: the input exceeds a documented size limit (docs/limits.md).
 *
 * Every message is one sentence a planner can act on; the add-in maps
 * NO_CONVERGENCE to Err:523 and every other code to Err:502.
 */
typedef enum {
    YP_ERROR_INVALID,
    YP_ERROR_CYCLE,
    YP_ERROR_NO_CONVERGENCE,
    YP_ERROR_LIMIT,
} YpError;

GQuark yp_error_quark(void);

/**
 * yp_error_clip:
 * How many bytes of the UTF-8 @text a message may quote (with "%.*s") to
 * show at most @max bytes without cutting a character in two: the length
 * up to its NUL or @max, backed off to the start of a character.
 */
int yp_error_clip(const char *text, gsize max);

G_END_DECLS
