/* SPDX-License-Identifier: MPL-2.0 */
/* What every Check unit test shares: run one suite, exit with its verdict. */
#pragma once

#include <check.h>
#include <stdlib.h>

static inline int yp_test_run(Suite *suite)
{
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
