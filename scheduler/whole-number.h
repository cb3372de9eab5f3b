/* SPDX-License-Identifier: MPL-2.0 */
/* Whole numbers as a spreadsheet means them. */
#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

/**
 * yp_whole_number:
 * @value: a number from a cell.
 * @whole: (out): the whole number it stands for.
 *
 * A formula's 3 may arrive as 3.0000000000000004 (=0.1*3*10); Calc shows it
 * as 3 and its own whole-number arguments take it as 3, comparing to a
 * relative 2^-48 (rtl::math::approxEqual). YardPlan does the same, so a
 * number within that distance of a whole number is that number.
 *
 * Returns: TRUE when @value is (nearly) whole; @whole is left alone
 * otherwise.
 */
static inline gboolean yp_whole_number(double value, double *whole)
{
    if (!isfinite(value))
        return FALSE;
    double nearest = nearbyint(value);
    if (value != nearest && fabs(value - nearest) >= fabs(nearest) * 0x1p-48)
        return FALSE;
    *whole = nearest == 0 ? 0.0 : nearest;
    return TRUE;
}

G_END_DECLS
