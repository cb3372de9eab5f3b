/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/berth.h"
#include "scheduler/error.h"

/* Longest code text echoed back in an error message. */
#define ECHO_MAX 40

gboolean yp_berth_rule_parse(const char *text, YpBerthRule *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);

    g_autofree char *code = g_strstrip(g_strdup(text != NULL ? text : ""));
    if (code[0] == '\0' || g_ascii_strcasecmp(code, "READY") == 0)
        *out = YP_BERTH_READY;
    else if (g_ascii_strcasecmp(code, "DUE") == 0)
        *out = YP_BERTH_DUE;
    else if (g_ascii_strcasecmp(code, "LISTED") == 0)
        *out = YP_BERTH_LISTED;
    else {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The berth rule \"%.*s\" is unknown: use READY, DUE or LISTED.",
                    yp_error_clip(code, ECHO_MAX), code);
        return FALSE;
    }
    return TRUE;
}

/* Everything the comparisons read, as flat arrays indexed by hull or berth. */
typedef struct {
    const YpDay *ready;
    const YpDay *due; /* NULL: no due dates at all */
    YpBerthRule rule;
    const gint64 *ready_ordinal; /* per hull */
    const gint64 *free_ordinal;  /* per berth */
} Order;

/* A missing due date sorts after every real one. */
static gint64 due_key(const Order *order, gsize hull)
{
    if (order->due == NULL || order->due[hull] == YP_BERTH_NO_DUE)
        return G_MAXINT64;
    return order->due[hull];
}

/* TRUE when hull @a goes before hull @b under the rule; the row breaks the
 * last tie, so the order is total and the result deterministic. */
static gboolean hull_before(const Order *order, gsize a, gsize b)
{
    gint64 ready_a = order->ready[a], ready_b = order->ready[b];
    gint64 due_a = due_key(order, a), due_b = due_key(order, b);
    if (order->rule == YP_BERTH_DUE) {
        if (due_a != due_b)
            return due_a < due_b;
        if (ready_a != ready_b)
            return ready_a < ready_b;
    } else if (order->rule == YP_BERTH_READY) {
        if (ready_a != ready_b)
            return ready_a < ready_b;
        if (due_a != due_b)
            return due_a < due_b;
    }
    return a < b;
}

/* The hull that can start first: the earliest start ordinal, then the row. */
static gboolean hull_starts_before(const Order *order, gsize a, gsize b)
{
    if (order->ready_ordinal[a] != order->ready_ordinal[b])
        return order->ready_ordinal[a] < order->ready_ordinal[b];
    return a < b;
}

/* The berth free the longest: the earliest free ordinal, then the lowest number. */
static gboolean berth_before(const Order *order, gsize a, gsize b)
{
    if (order->free_ordinal[a] != order->free_ordinal[b])
        return order->free_ordinal[a] < order->free_ordinal[b];
    return a < b;
}

/* A binary min-heap of indices under one of the two orders above. */
typedef struct {
    gsize *items;
    gsize size;
    gboolean (*before)(const Order *, gsize, gsize);
    const Order *order;
} Heap;

static void heap_push(Heap *heap, gsize item)
{
    gsize i = heap->size++;
    while (i > 0) {
        gsize parent = (i - 1) / 2;
        if (!heap->before(heap->order, item, heap->items[parent]))
            break;
        heap->items[i] = heap->items[parent];
        i = parent;
    }
    heap->items[i] = item;
}

static gsize heap_pop(Heap *heap)
{
    gsize top = heap->items[0];
    gsize last = heap->items[--heap->size];
    gsize i = 0;
    for (;;) {
        gsize child = 2 * i + 1;
        if (child >= heap->size)
            break;
        if (child + 1 < heap->size &&
            heap->before(heap->order, heap->items[child + 1], heap->items[child]))
            child++;
        if (!heap->before(heap->order, heap->items[child], last))
            break;
        heap->items[i] = heap->items[child];
        i = child;
    }
    if (heap->size > 0)
        heap->items[i] = last;
    return top;
}

static gboolean check_date(YpDay day, const char *what, gsize row, GError **error)
{
    if (yp_day_is_supported(day))
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "The %s in row %" G_GSIZE_FORMAT " is outside 1583-01-01 to 9999-12-31.", what,
                row);
    return FALSE;
}

static gboolean check_input(const YpDay *ready, const int *berth_days, const YpDay *due,
                            gsize n_hulls, const YpDay *berth_free, gsize n_berths, GError **error)
{
    if (n_hulls == 0) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            "There are no hulls: give at least one ready date and berth days.");
        return FALSE;
    }
    if (n_hulls > YP_BERTH_MAX_HULLS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " hulls, more than the %d YARD.BERTH accepts.",
                    n_hulls, YP_BERTH_MAX_HULLS);
        return FALSE;
    }
    if (n_berths == 0) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            "There are no berths: give a number of berths of at least 1.");
        return FALSE;
    }
    if (n_berths > YP_BERTH_MAX_BERTHS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " berths, more than the %d YARD.BERTH accepts.",
                    n_berths, YP_BERTH_MAX_BERTHS);
        return FALSE;
    }
    for (gsize i = 0; i < n_hulls; i++) {
        if (!check_date(ready[i], "ready date", i + 1, error))
            return FALSE;
        if (berth_days[i] < 1) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The berth days in row %" G_GSIZE_FORMAT
                        " are %d: a hull holds its berth for at least 1 working day.",
                        i + 1, berth_days[i]);
            return FALSE;
        }
        if (due != NULL && due[i] != YP_BERTH_NO_DUE &&
            !check_date(due[i], "due date", i + 1, error))
            return FALSE;
    }
    for (gsize j = 0; berth_free != NULL && j < n_berths; j++)
        if (!check_date(berth_free[j], "berth free date", j + 1, error))
            return FALSE;
    return TRUE;
}

/* Working days after the due date up to and including the launch, or minus
 * those after the launch up to and including the due date: with
 * W(x) = ordinal(x) + [x is working] = working days up to and including x,
 * lateness = W(launch) - W(due). */
static gint64 lateness(const YpCalendar *calendar, YpDay launch, YpDay due)
{
    gint64 up_to_launch = yp_calendar_ordinal(calendar, launch) + 1; /* launch is working */
    gint64 up_to_due =
        yp_calendar_ordinal(calendar, due) + (yp_calendar_is_working(calendar, due) ? 1 : 0);
    return up_to_launch - up_to_due;
}

/* Fills slot @hull from its keel ordinal, or fails when a date falls past
 * the supported range. */
static gboolean place(const YpCalendar *calendar, gsize hull, gsize berth, gint64 keel, int days,
                      const YpDay *due, YpBerthSlot *out, GError **error)
{
    YpBerthSlot *slot = &out[hull];
    if (!yp_calendar_day(calendar, keel, &slot->keel, NULL) ||
        !yp_calendar_day(calendar, keel + days - 1, &slot->launch, NULL)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The hull in row %" G_GSIZE_FORMAT
                    " would be launched after 9999-12-31: check its dates and berth days.",
                    hull + 1);
        return FALSE;
    }
    slot->berth = (int)berth + 1;
    slot->lateness = (due != NULL && due[hull] != YP_BERTH_NO_DUE)
                         ? lateness(calendar, slot->launch, due[hull])
                         : 0;
    return TRUE;
}

gboolean yp_berth_allocate(const YpDay *ready, const int *berth_days, const YpDay *due,
                           gsize n_hulls, const YpDay *berth_free, gsize n_berths, YpBerthRule rule,
                           const YpCalendar *calendar, YpBerthSlot *out, GError **error)
{
    g_return_val_if_fail(ready != NULL || n_hulls == 0, FALSE);
    g_return_val_if_fail(berth_days != NULL || n_hulls == 0, FALSE);
    g_return_val_if_fail(calendar != NULL, FALSE);
    g_return_val_if_fail(out != NULL || n_hulls == 0, FALSE);

    if (!check_input(ready, berth_days, due, n_hulls, berth_free, n_berths, error))
        return FALSE;

    /* Ordinals: a hull can start on working day ordinal(ready), the first
     * working day on or after its ready date; likewise a berth. Berths given
     * as a count are free before any ready date. */
    g_autofree gint64 *ready_ordinal = g_new(gint64, n_hulls);
    for (gsize i = 0; i < n_hulls; i++)
        ready_ordinal[i] = yp_calendar_ordinal(calendar, ready[i]);
    g_autofree gint64 *free_ordinal = g_new(gint64, n_berths);
    for (gsize j = 0; j < n_berths; j++)
        free_ordinal[j] =
            berth_free != NULL ? yp_calendar_ordinal(calendar, berth_free[j]) : G_MININT64;

    Order order = { ready, due, rule, ready_ordinal, free_ordinal };
    g_autofree gsize *berth_items = g_new(gsize, n_berths);
    Heap berths = { berth_items, 0, berth_before, &order };
    for (gsize j = 0; j < n_berths; j++)
        heap_push(&berths, j);

    if (rule == YP_BERTH_LISTED) {
        /* Priority order: each hull in turn on the berth free the earliest. */
        for (gsize i = 0; i < n_hulls; i++) {
            gsize berth = heap_pop(&berths);
            gint64 keel = MAX(free_ordinal[berth], ready_ordinal[i]);
            if (!place(calendar, i, berth, keel, berth_days[i], due, out, error))
                return FALSE;
            free_ordinal[berth] = keel + berth_days[i];
            heap_push(&berths, berth);
        }
        return TRUE;
    }

    /* Dispatching: hulls not yet released wait in @pending by the working
     * day they can start on; the clock never runs back and moves to the
     * earliest free berth, or to the next start when nothing waits; released
     * hulls wait in @waiting under the rule. Every step places one hull, so
     * the loop runs n_hulls times. */
    g_autofree gsize *pending_items = g_new(gsize, n_hulls);
    g_autofree gsize *waiting_items = g_new(gsize, n_hulls);
    Heap pending = { pending_items, 0, hull_starts_before, &order };
    Heap waiting = { waiting_items, 0, hull_before, &order };
    for (gsize i = 0; i < n_hulls; i++)
        heap_push(&pending, i);
    gint64 clock = G_MININT64;
    for (gsize step = 0; step < n_hulls; step++) {
        gsize berth = heap_pop(&berths);
        clock = MAX(clock, free_ordinal[berth]);
        if (waiting.size == 0)
            clock = MAX(clock, ready_ordinal[pending.items[0]]);
        while (pending.size > 0 && ready_ordinal[pending.items[0]] <= clock)
            heap_push(&waiting, heap_pop(&pending));
        gsize hull = heap_pop(&waiting);
        if (!place(calendar, hull, berth, clock, berth_days[hull], due, out, error))
            return FALSE;
        free_ordinal[berth] = clock + berth_days[hull];
        heap_push(&berths, berth);
    }
    return TRUE;
}
