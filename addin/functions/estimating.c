/* SPDX-License-Identifier: MPL-2.0 */
/* Estimating entries: cells to plain numbers, the engine in
 * scheduler/estimate.c does the rest. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "scheduler/error.h"
#include "scheduler/estimate.h"

/* The optional l1h1 or l2h2 list; blank cells are skipped. */
static gboolean arg_areas(AddinCall *call, guint arg, const double **values, gsize *n,
                          GError **error)
{
    AddinRange range;
    return addin_arg_range(call, arg, &range, error) &&
           addin_range_number_list(&range, values, n, error);
}

/* An optional number is given unless omitted, empty, or the 0 a single
 * empty cell arrives as (FUNCTIONS.md: an empty cell means the default). */
static gboolean number_given(AddinCall *call, guint arg)
{
    double value;
    if (!addin_arg_given(call, arg))
        return FALSE;
    return addin_arg_kind(call, arg) != ADDIN_CELL_NUMBER ||
           !addin_arg_number(call, arg, 0, &value, NULL) || value != 0;
}

gboolean addin_fn_cgt(AddinCall *call, GError **error)
{
    double gt, a, b, cgt;
    if (!addin_arg_number(call, 0, 0, &gt, error))
        return FALSE;
    gboolean b_given = number_given(call, 2);
    if (addin_arg_kind(call, 1) == ADDIN_CELL_NUMBER) {
        /* A number A needs its own exponent: mixing a user's A with an
         * OECD B would be neither's figure. */
        if (!b_given) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Type is the number A, so the exponent b must be given too.");
            return FALSE;
        }
        if (!addin_arg_number(call, 1, 0, &a, error) || !addin_arg_number(call, 2, 0, &b, error))
            return FALSE;
    } else {
        const char *code;
        if (!addin_arg_text(call, 1, NULL, &code, error) ||
            !yp_estimate_cgt_coefficients(code, &a, &b, error))
            return FALSE;
        if (b_given) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The exponent b is used only when type is a number A; leave b empty "
                        "with the ship-type code %s.",
                        code);
            return FALSE;
        }
    }
    return yp_estimate_cgt(gt, a, b, &cgt, error) && addin_return_number(call, cgt, error);
}

gboolean addin_fn_enumeral(AddinCall *call, GError **error)
{
    double l, b, d, t, e;
    const double *l1h1, *l2h2;
    gsize n1, n2;
    if (!addin_arg_number(call, 0, 0, &l, error) || !addin_arg_number(call, 1, 0, &b, error) ||
        !addin_arg_number(call, 2, 0, &d, error) || !addin_arg_number(call, 3, 0, &t, error) ||
        !arg_areas(call, 4, &l1h1, &n1, error) || !arg_areas(call, 5, &l2h2, &n2, error))
        return FALSE;
    return yp_estimate_enumeral(l, b, d, t, l1h1, n1, l2h2, n2, &e, error) &&
           addin_return_number(call, e, error);
}

gboolean addin_fn_steelweight(AddinCall *call, GError **error)
{
    double l, b, d, t, cb, k, ws;
    const double *l1h1, *l2h2;
    gsize n1, n2;
    if (!addin_arg_number(call, 0, 0, &l, error) || !addin_arg_number(call, 1, 0, &b, error) ||
        !addin_arg_number(call, 2, 0, &d, error) || !addin_arg_number(call, 3, 0, &t, error) ||
        !addin_arg_number(call, 4, 0, &cb, error))
        return FALSE;
    /* Type is a code or the number K. */
    if (addin_arg_kind(call, 5) == ADDIN_CELL_NUMBER) {
        if (!addin_arg_number(call, 5, 0, &k, error))
            return FALSE;
    } else {
        const char *code;
        if (!addin_arg_text(call, 5, NULL, &code, error) || !yp_estimate_steel_k(code, &k, error))
            return FALSE;
    }
    if (!arg_areas(call, 6, &l1h1, &n1, error) || !arg_areas(call, 7, &l2h2, &n2, error))
        return FALSE;
    return yp_estimate_steel_weight(l, b, d, t, cb, k, l1h1, n1, l2h2, n2, &ws, error) &&
           addin_return_number(call, ws, error);
}

gboolean addin_fn_outfitweight(AddinCall *call, GError **error)
{
    double l, b, k, wo;
    if (!addin_arg_number(call, 0, 0, &l, error) || !addin_arg_number(call, 1, 0, &b, error))
        return FALSE;
    /* Type is a code, whose K may depend on L, or the number K. */
    if (addin_arg_kind(call, 2) == ADDIN_CELL_NUMBER) {
        if (!addin_arg_number(call, 2, 0, &k, error))
            return FALSE;
    } else {
        const char *code;
        if (!addin_arg_text(call, 2, NULL, &code, error) ||
            !yp_estimate_outfit_k(code, l, &k, error))
            return FALSE;
    }
    return yp_estimate_outfit_weight(l, b, k, &wo, error) && addin_return_number(call, wo, error);
}

gboolean addin_fn_machineryweight(AddinCall *call, GError **error)
{
    double mcr, rpm, wm;
    const char *code;
    YpEngine engine;
    if (!addin_arg_number(call, 0, 0, &mcr, error) || !addin_arg_number(call, 1, 0, &rpm, error) ||
        !addin_arg_text(call, 2, "", &code, error) ||
        !yp_estimate_engine_parse(code, &engine, error))
        return FALSE;
    return yp_estimate_machinery_weight(mcr, rpm, engine, &wm, error) &&
           addin_return_number(call, wm, error);
}
