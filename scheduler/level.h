/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Resource-constrained scheduling (the engine behind YARD.LEVEL): start
 * times that keep every precedence link and every renewable resource
 * capacity on every working day while making the project as short as the
 * heuristic can, in a fixed number of generated schedules. The method is
 * described in docs/levelling.md; the size limits in docs/limits.md.
 *
 * The module knows nothing of activity IDs or link syntax: the caller turns
 * links into minimal time lags between start times, S_to >= S_from + delta
 * (yp_level_link_delta() does this for FS/SS/FF/SF links with lags). Time is
 * in working-day offsets from the project start; activities never start
 * before offset 0.
 */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"

G_BEGIN_DECLS

/* Default number of schedules (the Kolisch-Hartmann effort measure). */
#define YP_LEVEL_DEFAULT_EFFORT 5000u
/* The fixed seed that makes every run repeatable. */
#define YP_LEVEL_DEFAULT_SEED G_GUINT64_CONSTANT(0x59415244)

/* Size limits (docs/limits.md, "Resource levelling"). */
#define YP_LEVEL_MAX_ACTIVITIES 4000u
#define YP_LEVEL_MAX_RESOURCES  64u
#define YP_LEVEL_MAX_LINKS      40000u
#define YP_LEVEL_MAX_EFFORT     100000u
/* effort x activities: bounds the run time (a few seconds at the limit,
 * with the work bound of docs/levelling.md). */
#define YP_LEVEL_MAX_WORK 20000000u
/* Working days: any duration, any |delta|, and the schedule horizon
 * (sum of durations plus the lags in excess of finish-to-start). */
#define YP_LEVEL_MAX_HORIZON 1000000
/* Units of a resource. */
#define YP_LEVEL_MAX_CAPACITY 1000000000

/**
 * YpLevelLinkType:
 * @YP_LEVEL_FS: finish-to-start.
 * @YP_LEVEL_SS: start-to-start.
 * @YP_LEVEL_FF: finish-to-finish.
 * @YP_LEVEL_SF: start-to-finish.
 */
typedef enum {
    YP_LEVEL_FS,
    YP_LEVEL_SS,
    YP_LEVEL_FF,
    YP_LEVEL_SF,
} YpLevelLinkType;

/**
 * YpLevelLink:
 * @from: 0-based index (row - 1) of the predecessor i.
 * @to: 0-based index of the successor j.
 * @delta: minimal time lag in working days: S_j >= S_i + @delta (any sign).
 */
typedef struct {
    guint from;
    guint to;
    gint delta;
} YpLevelLink;

/**
 * YpLevelProblem:
 * @n_activities: number of activities (rows).
 * @n_resources: number of renewable resources (columns of @demands).
 * @durations: @n_activities durations in working days, each >= 0.
 * @demands: @n_activities x @n_resources units per working day, row-major,
 *   each 0 .. the resource's capacity; may be NULL when either count is 0.
 *   A zero-duration activity uses no resources.
 * @capacities: @n_resources constant capacities, each >= 0.
 * @n_links: number of links.
 * @links: the precedence constraints; their graph must be acyclic.
 *
 * Plain data owned by the caller; nothing is kept after a call returns.
 */
typedef struct {
    guint n_activities;
    guint n_resources;
    const gint *durations;
    const gint *demands;
    const gint *capacities;
    guint n_links;
    const YpLevelLink *links;
} YpLevelProblem;

/**
 * YpLevelOptions:
 * @effort: schedules the heuristic may generate, 1 .. YP_LEVEL_MAX_EFFORT;
 *   every schedule generation pass (forward or backward) counts as one.
 * @seed: seed of the random generator; equal inputs and options always
 *   give equal results.
 *
 * Initialise with yp_level_options_init() before changing fields.
 */
typedef struct {
    guint effort;
    guint64 seed;
} YpLevelOptions;

/**
 * YpLevelStats:
 * @makespan: project duration of the returned schedule, working days.
 * @lower_bound: critical-path length (resources ignored), a lower bound of
 *   any feasible makespan.
 * @schedules: schedule generation passes made (<= effort).
 * @work_capped: TRUE when the run stopped before @schedules reached the
 *   effort because the deterministic work bound was reached (only
 *   pathological inputs; see docs/levelling.md).
 */
typedef struct {
    gint makespan;
    gint lower_bound;
    guint schedules;
    gboolean work_capped;
} YpLevelStats;

/**
 * yp_level_options_init:
 * @options: (out caller-allocates): filled with the defaults
 *   (YP_LEVEL_DEFAULT_EFFORT schedules, YP_LEVEL_DEFAULT_SEED).
 */
void yp_level_options_init(YpLevelOptions *options);

/**
 * yp_level_link_delta:
 * @type: the link type.
 * @lag: the link's lag in working days (negative = lead).
 * @duration_from: duration of the predecessor i.
 * @duration_to: duration of the successor j.
 *
 * The minimal start-to-start lag of a typed link: FS -> d_i + lag,
 * SS -> lag, FF -> d_i - d_j + lag, SF -> lag - d_j.
 *
 * Returns: delta such that the link holds iff S_j >= S_i + delta.
 */
gint yp_level_link_delta(YpLevelLinkType type, gint lag, gint duration_from, gint duration_to);

/**
 * yp_level_early_starts:
 * @problem: the problem (resources are ignored).
 * @starts: (out caller-allocates): @problem->n_activities earliest start
 *   offsets allowed by the links alone (the critical-path early starts).
 * @error: return location for a YP_ERROR.
 *
 * Validates @problem as yp_level_schedule() does.
 *
 * Returns: TRUE on success.
 */
gboolean yp_level_early_starts(const YpLevelProblem *problem, gint *starts, GError **error);

/**
 * yp_level_schedule:
 * @problem: the problem.
 * @options: (nullable): effort and seed; NULL means the defaults.
 * @starts: (out caller-allocates): @problem->n_activities start offsets in
 *   working days; every link holds and no capacity is exceeded on any day.
 * @stats: (out caller-allocates) (nullable): makespan, bound and count of
 *   schedules generated.
 * @error: return location for a YP_ERROR: INVALID (a negative duration or
 *   capacity, a demand outside 0 .. capacity, a link to a missing row),
 *   CYCLE (the links form a loop; the message names its rows) or LIMIT.
 *
 * Resource-constrained scheduling by a genetic algorithm over activity
 * lists with forward-backward justification (docs/levelling.md). The result
 * depends only on @problem and @options.
 *
 * Returns: TRUE on success; on failure @starts is left untouched.
 */
gboolean yp_level_schedule(const YpLevelProblem *problem, const YpLevelOptions *options,
                           gint *starts, YpLevelStats *stats, GError **error);

/* ---- YARD.LEVEL on an activity table ---- */

/**
 * YpLevelField:
 * The result columns of YARD.LEVEL: START and FINISH (dates, or offsets
 * in working days without a start date) and DELAY (working days later
 * than the early start the links alone allow).
 */
typedef enum {
    YP_LEVEL_START,
    YP_LEVEL_FINISH,
    YP_LEVEL_DELAY,
    YP_LEVEL_N_FIELDS,
} YpLevelField;

/**
 * yp_level_fields_parse:
 * @text: (nullable): column names from START, FINISH, DELAY separated by ','
 *   or ';', case-insensitive, blanks ignored; NULL, "" or blanks mean
 *   START,FINISH.
 * @fields: receives the columns in the order listed.
 * @n_fields: receives their number.
 * @error: return location for a YP_ERROR_INVALID (unknown or repeated name).
 *
 * Returns: TRUE on success.
 */
gboolean yp_level_fields_parse(const char *text, YpLevelField fields[YP_LEVEL_N_FIELDS],
                               guint *n_fields, GError **error);

/**
 * YpLevelTable:
 * @n_rows: rows, one per input row.
 * @n_fields: columns.
 * @fields: what each column holds.
 * @dated: TRUE when START and FINISH are dates (YpDay numbers): START is
 *   the first working day and FINISH the last one, as YARD.CPM dates them;
 *   otherwise offsets, FINISH = START + duration.
 * @makespan: the project duration in working days.
 * @values: @n_rows x @n_fields, row-major; NaN for blank rows.
 */
typedef struct {
    gsize n_rows;
    guint n_fields;
    YpLevelField fields[YP_LEVEL_N_FIELDS];
    gboolean dated;
    gint makespan;
    double *values;
} YpLevelTable;

/**
 * yp_level_run:
 * @ids: [n_rows] IDs, as yp_network_parse().
 * @durations: [n_rows] working days, NaN for an empty cell.
 * @predecessors: (nullable): [n_rows] predecessor texts.
 * @n_rows: rows of the table.
 * @demands: (nullable): [n_rows x n_resources] row-major units per working
 *   day; NaN (an empty cell) means 0. Whole numbers from 0 to the
 *   resource's capacity; a blank row must have none.
 * @n_resources: resources (1 .. YP_LEVEL_MAX_RESOURCES).
 * @capacities: [n_resources] whole numbers of units, >= 0.
 * @calendar: (nullable): the working-day calendar; needed only with @start.
 * @start: the project start date, or 0 for offsets. Working day 0 is the
 *   first working day on or after @start.
 * @effort: schedules the heuristic may generate (see yp_level_schedule()).
 * @fields: (nullable): the column list, as yp_level_fields_parse().
 * @error: return location for a YP_ERROR naming the row or resource at
 *   fault.
 *
 * YARD.LEVEL in one call: parses the network, turns each link into a
 * start-to-start lag, levels, and lays the result out. The inputs stay
 * owned by the caller.
 *
 * Returns: (transfer full): the table, or NULL with @error set.
 */
YpLevelTable *yp_level_run(const char *const *ids, const double *durations,
                           const char *const *predecessors, gsize n_rows, const double *demands,
                           guint n_resources, const double *capacities, const YpCalendar *calendar,
                           YpDay start, guint effort, const char *fields, GError **error);

/** yp_level_table_free: frees @table; NULL is ignored. */
void yp_level_table_free(YpLevelTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpLevelTable, yp_level_table_free)

G_END_DECLS
