/* SPDX-License-Identifier: MPL-2.0 */
/* Progress and earned value: planned curve, planned value, EVM metrics,
 * Earned Schedule, weighted progress. */
#include "addin/table/sections.h"

/* Hand-aligned: clang-format counts bytes, not characters, when aligning
 * the backslashes of a macro with Cyrillic text. */
/* clang-format off */
#define ARG_PROFILE                                                                                \
    {                                                                                              \
        .id = "profile", .kind = ADDIN_ARG_TEXT, .optional = TRUE,                                 \
        .name = { .en = "Profile", .ru = "Профиль", .kk = "Профиль", .az = "Profil" },             \
        .help = {                                                                                  \
            .en = "The planned curve over the working days (Monday to Friday): LINEAR (even), "    \
                  "FRONT (front-loaded), BACK (back-loaded) or S (slow-fast-slow); default "       \
                  "LINEAR",                                                                        \
            .ru = "Плановая кривая по рабочим дням (понедельник — пятница): LINEAR "               \
                  "(равномерно), FRONT (с упором на начало), BACK (с упором на конец) или S "      \
                  "(медленно — быстро — медленно); по умолчанию LINEAR",                           \
            .kk = "Жұмыс күндері (дүйсенбі — жұма) бойынша жоспарлы қисық: LINEAR (біркелкі), "    \
                  "FRONT (басына қарай көбірек), BACK (соңына қарай көбірек) немесе S (баяу — "    \
                  "жылдам — баяу); әдепкі бойынша LINEAR",                                         \
            .az = "İş günləri (bazar ertəsi — cümə) üzrə plan əyrisi: LINEAR (bərabər), FRONT "    \
                  "(əsasən əvvəldə), BACK (əsasən sonda) və ya S (yavaş — sürətli — yavaş); "      \
                  "susmaya görə LINEAR",                                                           \
        },                                                                                         \
    }
/* clang-format on */

static const AddinFunction progress_functions[] = {
    {
        .name = "YARD.SCURVE",
        .method = "scurve",
        .entry = ADDIN_ENTRY(addin_fn_scurve),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "The planned cumulative fraction of an activity done by the end of a date, "
                  "with the profiles of YARD.SPREAD on a Monday-to-Friday week",
            .ru = "Плановая доля выполнения работы нарастающим итогом на конец заданной даты, "
                  "с профилями YARD.SPREAD при пятидневной неделе (понедельник — пятница)",
            .kk = "Жұмыстың берілген күннің соңына дейінгі жинақталған жоспарлы орындалу "
                  "үлесі, YARD.SPREAD профильдерімен, бес күндік аптада (дүйсенбі — жұма)",
            .az = "İşin verilmiş tarixin sonunadək plan üzrə yığılmış icra payı, YARD.SPREAD "
                  "profilləri ilə, beşgünlük həftədə (bazar ertəsi — cümə)",
        },
        .result = {
            .en = "One fraction from 0 to 1",
            .ru = "Одна доля от 0 до 1",
            .kk = "0-ден 1-ге дейінгі бір үлес",
            .az = "0-dan 1-ə qədər bir pay",
        },
        .errors = {
            .en = "Err:502 when a date is invalid, the finish is before the start or the profile "
                  "is unknown",
            .ru = "Err:502, если дата неверна, окончание раньше начала или профиль неизвестен",
            .kk = "Err:502, егер күн қате болса, аяқталуы басталуынан бұрын болса немесе "
                  "профиль белгісіз болса",
            .az = "Err:502, əgər tarix düzgün deyilsə, bitmə başlanğıcdan əvvəldirsə və ya "
                  "profil naməlumdursa",
        },
        .args = {
            {
                .id = "date", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Date", .ru = "Дата", .kk = "Күн", .az = "Tarix" },
                .help = {
                    .en = "The date; work is counted through the end of that day",
                    .ru = "Дата; работа учитывается по конец этого дня включительно",
                    .kk = "Күн; жұмыс сол күннің соңына дейін есептеледі",
                    .az = "Tarix; iş həmin günün sonunadək sayılır",
                },
            },
            {
                .id = "start", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },
                .help = {
                    .en = "The planned start of the activity, itself included",
                    .ru = "Плановое начало работы, включительно",
                    .kk = "Жұмыстың жоспарлы басталуы, қоса есептеледі",
                    .az = "İşin plan başlanğıcı, daxil olmaqla",
                },
            },
            {
                .id = "finish", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Finish", .ru = "Окончание", .kk = "Аяқталуы", .az = "Bitmə" },
                .help = {
                    .en = "The planned finish of the activity, itself included",
                    .ru = "Плановое окончание работы, включительно",
                    .kk = "Жұмыстың жоспарлы аяқталуы, қоса есептеледі",
                    .az = "İşin plan bitməsi, daxil olmaqla",
                },
            },
            ARG_PROFILE,
        },
        .examples = {
            { "YARD.SCURVE(DATE(2024;1;5);DATE(2024;1;1);DATE(2024;1;12))", "0.5", "0.5" },
            { "YARD.SCURVE(DATE(2024;1;5);DATE(2024;1;1);DATE(2024;1;12);\"FRONT\")", "0.75",
              "0.75" },
            { "YARD.SCURVE(DATE(2024;1;1);DATE(2024;1;1);DATE(2024;1;12);\"S\")", "0.028",
              "0.028" },
        },
    },
    {
        .name = "YARD.PV",
        .method = "pv",
        .entry = ADDIN_ENTRY(addin_fn_pv),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Planned value at a status date: each budget times its planned fraction "
                  "done, summed over the activities",
            .ru = "Плановый объём на дату отчёта: бюджеты, умноженные на плановые доли "
                  "выполнения, в сумме по работам",
            .kk = "Есептік күнгі жоспарлы көлем: бюджеттердің жоспарлы орындалу үлестеріне "
                  "көбейтінділерінің жұмыстар бойынша қосындысы",
            .az = "Hesabat tarixinə planlaşdırılmış dəyər: büdcələrin plan üzrə icra paylarına "
                  "hasillərinin işlər üzrə cəmi",
        },
        .result = {
            .en = "One amount in the budgets' unit",
            .ru = "Одна сумма в единицах бюджетов",
            .kk = "Бюджеттер бірлігіндегі бір сома",
            .az = "Büdcələrin vahidində bir məbləğ",
        },
        .errors = {
            .en = "Err:502 when a budget is not a number, a finish is before its start or the "
                  "profile is unknown",
            .ru = "Err:502, если бюджет не число, окончание раньше начала или профиль "
                  "неизвестен",
            .kk = "Err:502, егер бюджет сан болмаса, аяқталуы басталуынан бұрын болса немесе "
                  "профиль белгісіз болса",
            .az = "Err:502, əgər büdcə ədəd deyilsə, bitmə başlanğıcdan əvvəldirsə və ya "
                  "profil naməlumdursa",
        },
        .args = {
            {
                .id = "budgets", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Budgets", .ru = "Бюджеты", .kk = "Бюджеттер",
                          .az = "Büdcələr" },
                .help = {
                    .en = "One column: the budget of each activity",
                    .ru = "Один столбец: бюджет каждой работы",
                    .kk = "Бір баған: әр жұмыстың бюджеті",
                    .az = "Bir sütun: hər işin büdcəsi",
                },
            },
            {
                .id = "starts", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Starts", .ru = "Начала", .kk = "Басталу күндері",
                          .az = "Başlanğıc tarixləri" },
                .help = {
                    .en = "One column: the planned start of each activity",
                    .ru = "Один столбец: плановое начало каждой работы",
                    .kk = "Бір баған: әр жұмыстың жоспарлы басталуы",
                    .az = "Bir sütun: hər işin plan başlanğıcı",
                },
            },
            {
                .id = "finishes", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Finishes", .ru = "Окончания", .kk = "Аяқталу күндері",
                          .az = "Bitmə tarixləri" },
                .help = {
                    .en = "One column: the planned finish of each activity",
                    .ru = "Один столбец: плановое окончание каждой работы",
                    .kk = "Бір баған: әр жұмыстың жоспарлы аяқталуы",
                    .az = "Bir sütun: hər işin plan bitməsi",
                },
            },
            {
                .id = "statusDate", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Status date", .ru = "Дата отчёта", .kk = "Есептік күн",
                          .az = "Hesabat tarixi" },
                .help = {
                    .en = "The status date; work is counted through the end of that day",
                    .ru = "Дата отчёта (статуса); работа учитывается по конец этого дня "
                          "включительно",
                    .kk = "Есептік күн; жұмыс сол күннің соңына дейін есептеледі",
                    .az = "Hesabat tarixi; iş həmin günün sonunadək sayılır",
                },
            },
            ARG_PROFILE,
        },
        .examples = {
            { "YARD.PV({1000|400};{45292|45299};{45303|45310};DATE(2024;1;10))", "920", "920" },
            { "YARD.PV({1000|400};{45292|45299};{45303|45310};DATE(2024;1;10);\"BACK\")", "676",
              "676" },
        },
    },
    {
        .name = "YARD.EVM",
        .method = "evm",
        .entry = ADDIN_ENTRY(addin_fn_evm),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "An earned value metric with the PMI definitions: CV, SV, CPI, SPI, EAC, ETC, "
                  "VAC or TCPI",
            .ru = "Показатель освоенного объёма по определениям PMI: CV, SV, CPI, SPI, EAC, "
                  "ETC, VAC или TCPI",
            .kk = "PMI анықтамалары бойынша игерілген көлем көрсеткіші: CV, SV, CPI, SPI, EAC, "
                  "ETC, VAC немесе TCPI",
            .az = "PMI təriflərinə görə mənimsənilmiş dəyər göstəricisi: CV, SV, CPI, SPI, "
                  "EAC, ETC, VAC və ya TCPI",
        },
        .result = {
            .en = "One number: an amount for CV, SV, EAC, ETC, VAC, a ratio for CPI, SPI, TCPI",
            .ru = "Одно число: сумма для CV, SV, EAC, ETC, VAC, отношение для CPI, SPI, TCPI",
            .kk = "Бір сан: CV, SV, EAC, ETC, VAC үшін сома, CPI, SPI, TCPI үшін қатынас",
            .az = "Bir ədəd: CV, SV, EAC, ETC, VAC üçün məbləğ, CPI, SPI, TCPI üçün nisbət",
        },
        .errors = {
            .en = "Err:502 for an unknown metric, a negative PV, EV or AC, BAC not above 0 where "
                  "the metric uses it, or a division by zero",
            .ru = "Err:502 при неизвестном показателе, отрицательных PV, EV или AC, BAC не "
                  "больше 0 там, где он нужен, или делении на ноль",
            .kk = "Err:502, егер көрсеткіш белгісіз болса, PV, EV немесе AC теріс болса, қажет "
                  "жерде BAC 0-ден үлкен болмаса немесе нөлге бөлу туындаса",
            .az = "Err:502, əgər göstərici naməlumdursa, PV, EV və ya AC mənfidirsə, lazım olan "
                  "yerdə BAC 0-dan böyük deyilsə və ya sıfıra bölmə baş verirsə",
        },
        .args = {
            {
                .id = "metric", .kind = ADDIN_ARG_TEXT,
                .name = { .en = "Metric", .ru = "Показатель", .kk = "Көрсеткіш",
                          .az = "Göstərici" },
                .help = {
                    .en = "CV = EV-AC (cost variance), SV = EV-PV (schedule variance), CPI = "
                          "EV/AC (cost performance index), SPI = EV/PV (schedule performance "
                          "index), EAC = BAC/CPI (estimate at completion), ETC = EAC-AC "
                          "(estimate to complete), VAC = BAC-EAC (variance at completion), TCPI "
                          "= (BAC-EV)/(BAC-AC) (to-complete performance index)",
                    .ru = "CV = EV-AC (отклонение по стоимости), SV = EV-PV (отклонение по "
                          "срокам), CPI = EV/AC (индекс выполнения стоимости), SPI = EV/PV "
                          "(индекс выполнения сроков), EAC = BAC/CPI (прогноз стоимости по "
                          "завершении), ETC = EAC-AC (прогноз стоимости до завершения), VAC = "
                          "BAC-EAC (отклонение по завершении), TCPI = (BAC-EV)/(BAC-AC) (индекс "
                          "производительности до завершения)",
                    .kk = "CV = EV-AC (құн бойынша ауытқу), SV = EV-PV (мерзім бойынша "
                          "ауытқу), CPI = EV/AC (құнды орындау индексі), SPI = EV/PV "
                          "(мерзімдерді орындау индексі), EAC = BAC/CPI (аяқталғандағы құн "
                          "болжамы), ETC = EAC-AC (аяқтауға дейінгі құн болжамы), VAC = BAC-EAC "
                          "(аяқталғандағы ауытқу), TCPI = (BAC-EV)/(BAC-AC) (аяқтауға дейінгі "
                          "өнімділік индексі)",
                    .az = "CV = EV-AC (xərc üzrə kənarlaşma), SV = EV-PV (vaxt üzrə "
                          "kənarlaşma), CPI = EV/AC (xərc üzrə icra indeksi), SPI = EV/PV (vaxt "
                          "üzrə icra indeksi), EAC = BAC/CPI (başa çatanda xərc proqnozu), ETC = "
                          "EAC-AC (başa çatanadək qalan xərc proqnozu), VAC = BAC-EAC (başa "
                          "çatanda kənarlaşma), TCPI = (BAC-EV)/(BAC-AC) (başa çatanadək "
                          "məhsuldarlıq indeksi)",
                },
            },
            {
                .id = "bac", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "BAC", .ru = "BAC", .kk = "BAC", .az = "BAC" },
                .help = {
                    .en = "Budget at completion: the total budget, in the same unit as PV, EV "
                          "and AC",
                    .ru = "Бюджет по завершении: полный бюджет, в тех же единицах, что PV, EV "
                          "и AC",
                    .kk = "Аяқталғандағы бюджет: толық бюджет, PV, EV және AC-пен бірдей "
                          "бірлікте",
                    .az = "Başa çatanda büdcə: tam büdcə, PV, EV və AC ilə eyni vahiddə",
                },
            },
            {
                .id = "pv", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "PV", .ru = "PV", .kk = "PV", .az = "PV" },
                .help = {
                    .en = "Planned value to the status date, cumulative",
                    .ru = "Плановый объём на дату отчёта, нарастающим итогом",
                    .kk = "Есептік күнге дейінгі жоспарлы көлем, жинақталған",
                    .az = "Hesabat tarixinədək planlaşdırılmış dəyər, yığılmış",
                },
            },
            {
                .id = "ev", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "EV", .ru = "EV", .kk = "EV", .az = "EV" },
                .help = {
                    .en = "Earned value to the status date, cumulative",
                    .ru = "Освоенный объём на дату отчёта, нарастающим итогом",
                    .kk = "Есептік күнге дейінгі игерілген көлем, жинақталған",
                    .az = "Hesabat tarixinədək mənimsənilmiş dəyər, yığılmış",
                },
            },
            {
                .id = "ac", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "AC", .ru = "AC", .kk = "AC", .az = "AC" },
                .help = {
                    .en = "Actual cost to the status date, cumulative",
                    .ru = "Фактическая стоимость на дату отчёта, нарастающим итогом",
                    .kk = "Есептік күнге дейінгі нақты құн, жинақталған",
                    .az = "Hesabat tarixinədək faktiki xərc, yığılmış",
                },
            },
        },
        .examples = {
            { "YARD.EVM(\"CPI\";1000;500;400;500)", "0.8", "0.8" },
            { "YARD.EVM(\"EAC\";1000;500;400;500)", "1250", "1250" },
            { "YARD.EVM(\"TCPI\";1000;500;400;500)", "1.2", "1.2" },
        },
    },
    {
        .name = "YARD.EARNEDSCHEDULE",
        .method = "earnedschedule",
        .entry = ADDIN_ENTRY(addin_fn_earnedschedule),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Earned Schedule (Lipke): the date by which the plan expected today's earned "
                  "value, SPI(t), the schedule variance in time or the forecast finish date",
            .ru = "Освоенное время, Earned Schedule (Липке): дата, к которой по плану должен был "
                  "быть достигнут текущий освоенный объём, SPI(t), отклонение по срокам во "
                  "времени или прогнозная дата окончания",
            .kk = "Игерілген уақыт, Earned Schedule (Липке): жоспар бойынша қазіргі игерілген "
                  "көлемге жетуге тиіс күн, SPI(t), уақыт бойынша мерзім ауытқуы немесе "
                  "аяқталудың болжамды күні",
            .az = "Mənimsənilmiş vaxt, Earned Schedule (Lipke): plana görə cari mənimsənilmiş "
                  "dəyərə çatılmalı olan tarix, SPI(t), vaxtla ölçülən cədvəl kənarlaşması və "
                  "ya bitmənin proqnoz tarixi",
        },
        .result = {
            .en = "ES and IEAC: a date (with a fraction of a day); SPIT: a ratio; SVT: calendar "
                  "days",
            .ru = "ES и IEAC: дата (с долей дня); SPIT: отношение; SVT: календарные дни",
            .kk = "ES және IEAC: күн (тәулік үлесімен); SPIT: қатынас; SVT: күнтізбелік күндер",
            .az = "ES və IEAC: tarix (gün payı ilə); SPIT: nisbət; SVT: təqvim günləri",
        },
        .errors = {
            .en = "Err:502 when the dates do not increase, PV decreases, EV is above the last PV "
                  "or below the first, or the metric is unknown or divides by zero",
            .ru = "Err:502, если даты не возрастают, PV убывает, EV больше последнего PV или "
                  "меньше первого, показатель неизвестен или требует деления на ноль",
            .kk = "Err:502, егер күндер өспесе, PV кемісе, EV соңғы PV-ден үлкен немесе "
                  "біріншісінен кіші болса, көрсеткіш белгісіз болса немесе нөлге бөлуді талап "
                  "етсе",
            .az = "Err:502, əgər tarixlər artmırsa, PV azalırsa, EV sonuncu PV-dən böyük və ya "
                  "birincidən kiçikdirsə, göstərici naməlumdursa və ya sıfıra bölmə tələb edirsə",
        },
        .args = {
            {
                .id = "pvDates", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "PV dates", .ru = "Даты PV", .kk = "PV күндері",
                          .az = "PV tarixləri" },
                .help = {
                    .en = "Increasing dates of the baseline curve, from the baseline start to "
                          "the planned finish",
                    .ru = "Возрастающие даты кривой базового плана, от начала по базовому "
                          "плану до планового окончания",
                    .kk = "Базалық жоспар қисығының өспелі күндері, базалық жоспар бойынша "
                          "басталудан жоспарлы аяқталуға дейін",
                    .az = "Baza planı əyrisinin artan tarixləri, baza planı üzrə başlanğıcdan "
                          "plan bitməsinə qədər",
                },
            },
            {
                .id = "pvCum", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Cumulative PV", .ru = "Накопленный PV",
                          .kk = "Жинақталған PV", .az = "Yığılmış PV" },
                .help = {
                    .en = "Cumulative planned value at each date, from 0 to BAC, never "
                          "decreasing",
                    .ru = "Плановый объём нарастающим итогом на каждую дату, от 0 до BAC, не "
                          "убывает",
                    .kk = "Әр күнгі жинақталған жоспарлы көлем, 0-ден BAC-қа дейін, кемімейді",
                    .az = "Hər tarixdə yığılmış planlaşdırılmış dəyər, 0-dan BAC-a qədər, "
                          "azalmır",
                },
            },
            {
                .id = "ev", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "EV", .ru = "EV", .kk = "EV", .az = "EV" },
                .help = {
                    .en = "Earned value at the status date, cumulative",
                    .ru = "Освоенный объём на дату отчёта, нарастающим итогом",
                    .kk = "Есептік күнгі игерілген көлем, жинақталған",
                    .az = "Hesabat tarixinə mənimsənilmiş dəyər, yığılmış",
                },
            },
            {
                .id = "statusDate", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Status date", .ru = "Дата отчёта", .kk = "Есептік күн",
                          .az = "Hesabat tarixi" },
                .help = {
                    .en = "The status date; actual time AT = status date - first PV date, in "
                          "calendar days",
                    .ru = "Дата отчёта (статуса); фактическое время AT = дата отчёта - первая "
                          "дата PV, в календарных днях",
                    .kk = "Есептік күн; нақты уақыт AT = есептік күн - бірінші PV күні, "
                          "күнтізбелік күндермен",
                    .az = "Hesabat tarixi; faktiki vaxt AT = hesabat tarixi - ilk PV tarixi, "
                          "təqvim günləri ilə",
                },
            },
            {
                .id = "metric", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Metric", .ru = "Показатель", .kk = "Көрсеткіш",
                          .az = "Göstərici" },
                .help = {
                    .en = "ES (the date), SPIT = ES / AT, IEAC = start + PD / SPI(t) (PD the "
                          "planned duration) or SVT = ES - AT in days; default ES",
                    .ru = "ES (дата), SPIT = ES / AT, IEAC = начало + PD / SPI(t) (PD — "
                          "плановая длительность) или SVT = ES - AT в днях; по умолчанию ES",
                    .kk = "ES (күн), SPIT = ES / AT, IEAC = басталуы + PD / SPI(t) (PD — "
                          "жоспарлы ұзақтық) немесе SVT = ES - AT күнмен; әдепкі бойынша ES",
                    .az = "ES (tarix), SPIT = ES / AT, IEAC = başlanğıc + PD / SPI(t) (PD — "
                          "plan müddəti) və ya SVT = ES - AT günlərlə; susmaya görə ES",
                },
            },
        },
        .examples = {
            { "YARD.EARNEDSCHEDULE({45292|45323|45352};{0|100|300};200;DATE(2024;3;1))",
              "45337.5", "2024-02-15 12:00" },
            { "YARD.EARNEDSCHEDULE({45292|45323|45352};{0|100|300};200;DATE(2024;3;1);"
              "\"SPIT\")",
              "45.5/60", "0.758" },
            { "YARD.EARNEDSCHEDULE({45292|45323|45352};{0|100|300};200;DATE(2024;3;1);"
              "\"IEAC\")",
              "45292+60*60/45.5", "2024-03-20" },
        },
    },
    {
        .name = "YARD.PROGRESS",
        .method = "progress",
        .entry = ADDIN_ENTRY(addin_fn_progress),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Weighted percent complete with a rule of credit: UNITS, 0/100, 50/50 or "
                  "20/80",
            .ru = "Взвешенный процент выполнения по правилу учёта выполнения: UNITS, 0/100, "
                  "50/50 или 20/80",
            .kk = "Орындалуды есепке алу ережесі бойынша салмақталған орындалу пайызы: UNITS, "
                  "0/100, 50/50 немесе 20/80",
            .az = "İcranın hesablanma qaydası ilə çəkili icra faizi: UNITS, 0/100, 50/50 və ya "
                  "20/80",
        },
        .result = {
            .en = "One fraction from 0 to 1",
            .ru = "Одна доля от 0 до 1",
            .kk = "0-ден 1-ге дейінгі бір үлес",
            .az = "0-dan 1-ə qədər bir pay",
        },
        .errors = {
            .en = "Err:502 for a percent outside 0..1, a negative weight, weights adding up to "
                  "zero or an unknown method",
            .ru = "Err:502 при проценте вне 0..1, отрицательном весе, нулевой сумме весов или "
                  "неизвестном методе",
            .kk = "Err:502, егер пайыз 0..1 аралығынан тыс болса, салмақ теріс болса, "
                  "салмақтар қосындысы нөл болса немесе әдіс белгісіз болса",
            .az = "Err:502, əgər faiz 0..1 xaricindədirsə, çəki mənfidirsə, çəkilərin cəmi "
                  "sıfırdırsa və ya üsul naməlumdursa",
        },
        .args = {
            {
                .id = "weights", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Weights", .ru = "Веса", .kk = "Салмақтар", .az = "Çəkilər" },
                .help = {
                    .en = "One column: the weight of each item (budget, man-hours, tonnes)",
                    .ru = "Один столбец: вес каждой позиции (бюджет, человеко-часы, тонны)",
                    .kk = "Бір баған: әр позицияның салмағы (бюджет, адам-сағат, тонна)",
                    .az = "Bir sütun: hər bəndin çəkisi (büdcə, adam-saat, ton)",
                },
            },
            {
                .id = "percents", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Percents", .ru = "Проценты выполнения",
                          .kk = "Орындалу пайыздары", .az = "İcra faizləri" },
                .help = {
                    .en = "One column: percent complete of each item as a fraction 0 to 1 "
                          "(45% or 0.45)",
                    .ru = "Один столбец: процент выполнения каждой позиции как доля от 0 до 1 "
                          "(45% или 0,45)",
                    .kk = "Бір баған: әр позицияның орындалу пайызы 0-ден 1-ге дейінгі үлес "
                          "ретінде (45% немесе 0,45)",
                    .az = "Bir sütun: hər bəndin icra faizi 0-dan 1-ə qədər pay kimi (45% "
                          "və ya 0,45)",
                },
            },
            {
                .id = "method", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Method", .ru = "Метод", .kk = "Әдіс", .az = "Üsul" },
                .help = {
                    .en = "UNITS (as given), 0/100, 50/50 or 20/80 (the first part credited on "
                          "start, the rest on completion); default UNITS",
                    .ru = "UNITS (как дано), 0/100, 50/50 или 20/80 (первая часть "
                          "засчитывается при начале, остаток при завершении); по умолчанию UNITS",
                    .kk = "UNITS (берілгендей), 0/100, 50/50 немесе 20/80 (бірінші бөлігі "
                          "басталғанда, қалғаны аяқталғанда есепке алынады); әдепкі бойынша UNITS",
                    .az = "UNITS (verildiyi kimi), 0/100, 50/50 və ya 20/80 (birinci hissə "
                          "başlananda, qalanı başa çatanda hesablanır); susmaya görə UNITS",
                },
            },
        },
        .examples = {
            { "YARD.PROGRESS({100|200|300|400};{0|0.3|1|0.5})", "0.56", "0.56" },
            { "YARD.PROGRESS({100|200|300|400};{0|0.3|1|0.5};\"50/50\")", "0.6", "0.6" },
            { "YARD.PROGRESS({100|200|300|400};{0|0.3|1|0.5};\"0/100\")", "0.3", "0.3" },
        },
    },
};

const AddinSection addin_section_progress = {
    .title = { .en = "Progress and earned value",
               .ru = "Ход работ и освоенный объём",
               .kk = "Жұмыс барысы және игерілген көлем",
               .az = "İşlərin gedişi və mənimsənilmiş dəyər" },
    .functions = progress_functions,
    .n_functions = G_N_ELEMENTS(progress_functions),
};
