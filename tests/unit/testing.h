/* SPDX-License-Identifier: MPL-2.0 */
/* What every Check unit test shares: run one suite, exit with its verdict. */
#pragma once

#include "scheduler/error.h"

#include <check.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>

static inline int yp_test_run(Suite *suite)
{
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Fails the test unless @ok is FALSE with a YP_ERROR of @code whose message
 * contains @needle; frees @error. */
static inline void yp_test_expect_error(gboolean ok, GError *error, int code, const char *needle)
{
    ck_assert(!ok);
    ck_assert(error != NULL);
    ck_assert_int_eq(error->domain, YP_ERROR);
    ck_assert_int_eq(error->code, code);
    ck_assert_msg(strstr(error->message, needle) != NULL, "\"%s\" lacks \"%s\"", error->message,
                  needle);
    g_error_free(error);
}

/* Runs @call, which sets the GError *error this macro declares. */
#define EXPECT_ERROR(call, code, needle)                                                           \
    do {                                                                                           \
        GError *error = NULL;                                                                      \
        gboolean ok_ = (call);                                                                     \
        yp_test_expect_error(ok_, error, code, needle);                                            \
    } while (0)
