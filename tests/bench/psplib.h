/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Reader for PSPLIB single-mode RCPSP instances (.sm files, Kolisch and
 * Sprecher 1997) and for the reference makespans kept beside them, for the
 * levelling benchmark and the unit tests. Not part of the engine.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * YpPsplibInstance:
 * @name: the file name without its directory and ".sm" suffix.
 * @n_jobs: jobs including the dummy source (job 1) and sink (job n).
 * @n_resources: renewable resources.
 * @durations: @n_jobs durations.
 * @demands: @n_jobs x @n_resources requests, row-major.
 * @capacities: @n_resources capacities.
 * @n_arcs: precedence arcs (finish-to-start, lag 0).
 * @arc_from: 0-based predecessor of each arc.
 * @arc_to: 0-based successor of each arc.
 * @horizon: the "horizon" header value (sum of durations).
 * @mpm_time: the MPM-Time of the project information table.
 * @par: parameter group parsed from the file name, or 0.
 * @inst: instance number parsed from the file name, or 0.
 */
typedef struct {
    char *name;
    int n_jobs;
    int n_resources;
    int *durations;
    int *demands;
    int *capacities;
    int n_arcs;
    int *arc_from;
    int *arc_to;
    int horizon;
    int mpm_time;
    int par;
    int inst;
} YpPsplibInstance;

/**
 * yp_psplib_read:
 * @path: an .sm file.
 * @error: return location for a GError (G_FILE_ERROR or G_IO_ERROR_FAILED
 *   style messages in the YP_PSPLIB domain).
 *
 * Returns: (transfer full): the instance, or NULL on error.
 */
YpPsplibInstance *yp_psplib_read(const char *path, GError **error);

/**
 * yp_psplib_parse:
 * @name: the instance name to record (used to parse @par and @inst).
 * @text: the whole file contents, NUL-terminated.
 * @error: return location for a GError.
 *
 * Returns: (transfer full): the instance, or NULL when @text is not a
 *   well-formed single-mode .sm file.
 */
YpPsplibInstance *yp_psplib_parse(const char *name, const char *text, GError **error);

/** yp_psplib_instance_free: frees @inst; NULL is ignored. */
void yp_psplib_instance_free(YpPsplibInstance *inst);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpPsplibInstance, yp_psplib_instance_free)

/**
 * yp_psplib_critical_path:
 * @inst: the instance.
 *
 * Returns: the critical-path length (longest path of durations, resources
 *   ignored), the usual lower bound of the RCPSP makespan.
 */
int yp_psplib_critical_path(const YpPsplibInstance *inst);

/**
 * YpPsplibReference:
 * @optimum: proven optimal makespan, or 0 when unknown.
 * @best: best known makespan (upper bound), or 0 when unknown.
 * @lower: best known lower bound, or 0 when unknown.
 * @from_opt_file: TRUE when @optimum comes from a PSPLIB "opt" file.
 */
typedef struct {
    int optimum;
    int best;
    int lower;
    gboolean from_opt_file;
} YpPsplibReference;

/**
 * YpPsplibReferences: (opaque) reference makespans of one set.
 */
typedef struct _YpPsplibReferences YpPsplibReferences;

/**
 * yp_psplib_references_load:
 * @dir: a folder with PSPLIB reference files: "*opt.sm" (optimum table),
 *   "*hrs.sm" (best known upper bounds), "*lb.sm" (upper and lower bounds,
 *   '*' marking proven optima) and Ghent "solutions update" tables
 *   ("*.csv" with a header row "ID;...").
 *
 * A missing folder or unreadable files give an empty table.
 *
 * Returns: (transfer full): the table; free with yp_psplib_references_free().
 */
YpPsplibReferences *yp_psplib_references_load(const char *dir);

/** yp_psplib_references_free: frees @refs; NULL is ignored. */
void yp_psplib_references_free(YpPsplibReferences *refs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpPsplibReferences, yp_psplib_references_free)

/**
 * yp_psplib_references_lookup:
 * @refs: the table.
 * @inst: the instance (matched by file name, then by parameter group and
 *   instance number).
 * @out: (out): the combined reference values.
 *
 * Returns: TRUE when anything is known about @inst.
 */
gboolean yp_psplib_references_lookup(const YpPsplibReferences *refs, const YpPsplibInstance *inst,
                                     YpPsplibReference *out);

G_END_DECLS
