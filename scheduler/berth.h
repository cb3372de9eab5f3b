/* SPDX-License-Identifier: MPL-2.0 */
/* Berth and dock allocation: hulls with ready dates and berth durations in
 * working days onto identical berths, by a dispatching rule. The rules and
 * a worked example: docs/series.md. */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"

G_BEGIN_DECLS

/**
 * YpBerthRule:
 * @YP_BERTH_READY: first come, first served: whenever a berth is free, the
 *   waiting hull ready earliest goes next (then the earliest due, then the
 *   upper row). Text code "READY", the default.
 * @YP_BERTH_DUE: earliest due date: whenever a berth is free, the waiting
 *   hull due earliest goes next (hulls without a due date last, then the
 *   earliest ready, then the upper row). Text code "DUE".
 * @YP_BERTH_LISTED: a fixed priority order: hulls are placed in the order
 *   listed, each on the berth where its keel can be laid earliest, so a hull
 *   never waits for one listed below it. Text code "LISTED".
 *
 * Under READY and DUE a hull waits only while every berth is busy; when no
 * hull is waiting as a berth frees, the hull ready next goes first (ties by
 * the rule). A hull always takes the berth free the longest (the earliest
 * free date, then the lowest number).
 */
typedef enum {
    YP_BERTH_READY,
    YP_BERTH_DUE,
    YP_BERTH_LISTED,
} YpBerthRule;

/* Size limits (docs/limits.md, "Series production"). */
#define YP_BERTH_MAX_HULLS  100000
#define YP_BERTH_MAX_BERTHS 1000

/* A due date of this value means "this hull has no due date". */
#define YP_BERTH_NO_DUE 0

/**
 * YpBerthSlot:
 * @berth: the berth number, 1-based.
 * @keel: the keel-laying date, a working day.
 * @launch: the launch date: the last of the hull's berth days, a working day.
 * @lateness: signed working days from the due date to the launch: the working
 *   days after the due date up to and including the launch when late
 *   (positive), minus the working days after the launch up to and including
 *   the due date when early; 0 for a launch on the due date or without one.
 */
typedef struct {
    int berth;
    YpDay keel;
    YpDay launch;
    gint64 lateness;
} YpBerthSlot;

/**
 * yp_berth_rule_parse:
 * @text: (nullable): "READY", "DUE" or "LISTED", case-insensitive,
 *   surrounding blanks ignored; NULL or blank means READY.
 * Returns: TRUE and the rule in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_berth_rule_parse(const char *text, YpBerthRule *out, GError **error);

/**
 * yp_berth_allocate:
 * @ready: (array length=n_hulls): the earliest keel-laying date of each hull.
 * @berth_days: (array length=n_hulls): working days each hull occupies its
 *   berth, >= 1, the keel-laying and launch days included.
 * @due: (nullable) (array length=n_hulls): due (launch) dates, or NULL for
 *   none; an entry YP_BERTH_NO_DUE marks one hull without a due date.
 * @n_hulls: 1..YP_BERTH_MAX_HULLS.
 * @berth_free: (nullable) (array length=n_berths): the date from which each
 *   berth is free, or NULL when all are free from the start.
 * @n_berths: 1..YP_BERTH_MAX_BERTHS.
 * @calendar: the working days.
 * @out: (array length=n_hulls): caller-owned, filled in input order.
 *
 * A keel is laid on the first working day on or after both the hull's ready
 * date and the day its berth is free; the hull holds the berth for
 * @berth_days working days and launches on the last of them; the berth is
 * free again the next working day. Deterministic; O((N + B) log(N + B)).
 * Returns: TRUE and @out filled, or FALSE with YP_ERROR_INVALID (a bad date
 * or duration, naming its row, or a launch past the supported dates) or
 * YP_ERROR_LIMIT; @out is then unspecified.
 */
gboolean yp_berth_allocate(const YpDay *ready, const int *berth_days, const YpDay *due,
                           gsize n_hulls, const YpDay *berth_free, gsize n_berths, YpBerthRule rule,
                           const YpCalendar *calendar, YpBerthSlot *out, GError **error);

G_END_DECLS
