/* SPDX-License-Identifier: MPL-2.0 */
/* Parametric estimating for yard planning and early design: compensated
 * gross tonnage (OECD 2007), Lloyd's equipment numeral, Watson-Gilfillan
 * steel weight, outfit weight and machinery weight. Every formula, every
 * coefficient and its source, the valid ranges and worked examples are in
 * docs/estimating.md. All functions are pure: plain numbers in, one number
 * out, nothing allocated, no state. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most entries l1h1 or l2h2 may hold (docs/limits.md). */
#define YP_ESTIMATE_MAX_ERECTIONS 1000

/* The block coefficients accepted by yp_estimate_steel_weight(): a guard
 * against typing mistakes (a percentage, a swapped argument), not a range
 * stated by the source (docs/estimating.md). */
#define YP_ESTIMATE_CB_MIN 0.30
#define YP_ESTIMATE_CB_MAX 0.95

/**
 * yp_estimate_cgt_coefficients:
 * @type: an OECD 2007 ship-type code, case-insensitive, surrounding blanks
 *   ignored: TANKER, CHEMICAL, BULK, COMBINED, CARGO, REEFER, CONTAINER,
 *   RORO, CARCARRIER, LPG, LNG, FERRY, PASSENGER, FISHING, NCCV.
 * Looks up A and B of CGT = A * GT^B for @type.
 * Returns: TRUE with @a and @b set, or FALSE with YP_ERROR_INVALID naming
 * the accepted codes.
 */
gboolean yp_estimate_cgt_coefficients(const char *type, double *a, double *b, GError **error);

/**
 * yp_estimate_cgt:
 * @gt: gross tonnage (dimensionless, as on the tonnage certificate), > 0.
 * @a: the ship-type factor A, > 0 (from yp_estimate_cgt_coefficients() or
 *   given by the user together with @b).
 * @b: the size exponent B, 0 < B <= 1.
 * Compensated gross tonnage CGT = A * GT^B (OECD 2007).
 * Returns: TRUE and CGT in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_estimate_cgt(double gt, double a, double b, double *out, GError **error);

/**
 * yp_estimate_enumeral:
 * @l: length between perpendiculars, m, > 0.
 * @b: moulded breadth, m, > 0 and below @l.
 * @d: moulded depth to the uppermost continuous deck, m, > 0.
 * @t: moulded load draught, m, > 0 and at most @d.
 * @l1h1: (array length=n_l1h1) (nullable): length x height of each full-width
 *   erection (forecastle, poop, bridge), m^2, each >= 0. Only read.
 * @l2h2: (array length=n_l2h2) (nullable): length x height of each house
 *   (deckhouse narrower than the ship), m^2, each >= 0. Only read.
 * Lloyd's equipment numeral as used by Watson and Gilfillan:
 * E = L(B+T) + 0.85 L(D-T) + 0.85 sum l1h1 + 0.75 sum l2h2, in m^2.
 * Returns: TRUE and E in @out, or FALSE with YP_ERROR_INVALID (naming the
 * value, or the 1-based entry of a list, at fault) or YP_ERROR_LIMIT (a
 * list longer than YP_ESTIMATE_MAX_ERECTIONS).
 */
gboolean yp_estimate_enumeral(double l, double b, double d, double t, const double *l1h1,
                              gsize n_l1h1, const double *l2h2, gsize n_l2h2, double *out,
                              GError **error);

/**
 * yp_estimate_steel_k:
 * @type: a ship-type code, case-insensitive, surrounding blanks ignored:
 *   TANKER, CHEMICAL, BULK, CONTAINER, REEFER, COASTER, OFFSHORE, TUG,
 *   RESEARCH, FERRY, PASSENGER, FRIGATE (Watson 1998, Table 4.1) and CARGO,
 *   FISHING (Watson and Gilfillan 1977).
 * Looks up the Watson-Gilfillan coefficient K of Ws7 = K * E^1.36.
 * Returns: TRUE and K in @k, or FALSE with YP_ERROR_INVALID naming the
 * accepted codes.
 */
gboolean yp_estimate_steel_k(const char *type, double *k, GError **error);

/**
 * yp_estimate_steel_weight:
 * @l, @b, @d, @t, @l1h1, @l2h2: as for yp_estimate_enumeral(); @t must also
 *   be at least 0.2 @d, or the block coefficient at 0.8 D would exceed 1.
 * @cb: block coefficient at the load draught, YP_ESTIMATE_CB_MIN ..
 *   YP_ESTIMATE_CB_MAX.
 * @k: the coefficient K, > 0 (from yp_estimate_steel_k() or the user's own).
 * Net steel weight, all mild steel, in tonnes: Ws7 = K * E^1.36 at the
 * standard block coefficient 0.70 at 0.8 D, corrected to the ship's
 * CB' = CB + (1 - CB)(0.8 D - T)/(3 T) by Ws = Ws7 (1 + 0.5 (CB' - 0.70)).
 * Returns: TRUE and the weight in @out, or FALSE with YP_ERROR_INVALID or
 * YP_ERROR_LIMIT.
 */
gboolean yp_estimate_steel_weight(double l, double b, double d, double t, double cb, double k,
                                  const double *l1h1, gsize n_l1h1, const double *l2h2,
                                  gsize n_l2h2, double *out, GError **error);

/**
 * yp_estimate_outfit_k:
 * @type: a ship-type code, case-insensitive, surrounding blanks ignored:
 *   CARGO, CONTAINER, BULK (bulk carrier without cranes, 140 <= L <= 250 m)
 *   or TANKER (crude oil tanker, L >= 150 m).
 * @l: length between perpendiculars, m, > 0; BULK and TANKER coefficients
 *   depend on it (Schneekluth and Bertram 1998).
 * Looks up the outfit coefficient K of Wo = K * L * B, in t/m^2.
 * Returns: TRUE and K in @k, or FALSE with YP_ERROR_INVALID (unknown code,
 * or a length outside the published values for the code).
 */
gboolean yp_estimate_outfit_k(const char *type, double l, double *k, GError **error);

/**
 * yp_estimate_outfit_weight:
 * @l: length between perpendiculars, m, > 0.
 * @b: moulded breadth, m, > 0 and below @l.
 * @k: the outfit coefficient, t/m^2, > 0.
 * Outfit (equipment and outfit) weight Wo = K * L * B, in tonnes.
 * Returns: TRUE and the weight in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_estimate_outfit_weight(double l, double b, double k, double *out, GError **error);

/**
 * YpEngine:
 * @YP_ENGINE_DIESEL: slow- or medium-speed diesel driving the propeller
 *   directly or through a gearbox (text codes "DIESEL", "SSD", "MSD"; the
 *   default). Watson fits both speeds with one line.
 * @YP_ENGINE_DIESEL_ELECTRIC: diesel-electric plant (text codes "DE",
 *   "DIESELELECTRIC"); the power is the total MCR of the generator engines.
 */
typedef enum {
    YP_ENGINE_DIESEL,
    YP_ENGINE_DIESEL_ELECTRIC,
} YpEngine;

/**
 * yp_estimate_engine_parse:
 * @text: (nullable): an engine code, case-insensitive, surrounding blanks
 *   ignored; NULL or blank means DIESEL.
 * Returns: TRUE and the engine in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_estimate_engine_parse(const char *text, YpEngine *out, GError **error);

/**
 * yp_estimate_machinery_weight:
 * @mcr_kw: maximum continuous rating, kW, > 0 (DIESEL: of the main engine
 *   or engines; DIESEL_ELECTRIC: of all generator engines together).
 * @rpm: engine (not propeller) speed at MCR, rev/min, > 0; not used by the
 *   DIESEL_ELECTRIC model but still checked.
 * Machinery weight in tonnes after Watson (1998): for DIESEL the dry main
 * engine 12.0 (MCR/rpm)^0.84 plus the remainder 0.69 MCR^0.70 (the
 * coefficient for bulk carriers and general cargo ships); for
 * DIESEL_ELECTRIC the whole plant 0.72 MCR^0.78.
 * Returns: TRUE and the weight in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_estimate_machinery_weight(double mcr_kw, double rpm, YpEngine engine, double *out,
                                      GError **error);

G_END_DECLS
