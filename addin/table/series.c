/* SPDX-License-Identifier: MPL-2.0 */
/* Series production: learning curves and berth allocation. */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

/* Hand-aligned: clang-format counts bytes, not characters, when aligning
 * the backslashes of lines holding Cyrillic or Azerbaijani text. */
/* clang-format off */
#define ARG_FIRST                                                                                  \
    {                                                                                              \
        .id = "first", .kind = ADDIN_ARG_NUMBER,                                                   \
        .name = { .en = "First", .ru = "Первая единица", .kk = "Бірінші бірлік",                   \
                  .az = "Birinci vahid" },                                                         \
        .help = {                                                                                  \
            .en = "Hours (or cost) of unit 1 of the series, greater than 0",                       \
            .ru = "Трудоёмкость (или стоимость) первой единицы серии, больше 0",                   \
            .kk = "Сериядағы бірінші бірліктің еңбек сыйымдылығы (немесе құны), 0-ден үлкен",      \
            .az = "Seriyanın birinci vahidinin əmək tutumu (və ya dəyəri), 0-dan böyük",           \
        },                                                                                         \
    }

#define ARG_RATE                                                                                   \
    {                                                                                              \
        .id = "rate", .kind = ADDIN_ARG_NUMBER,                                                    \
        .name = { .en = "Rate", .ru = "Коэффициент", .kk = "Коэффициент", .az = "Əmsal" },         \
        .help = {                                                                                  \
            .en = "Learning rate from 0.5 to 1: the factor applied at each doubling of the "       \
                  "unit number, e.g. 0.9 for a 90% curve; 1 means no learning",                    \
            .ru = "Коэффициент обучения от 0,5 до 1: множитель при каждом удвоении номера "        \
                  "единицы, например 0,9 для кривой 90%; 1 — обучения нет",                        \
            .kk = "Үйрену коэффициенті, 0,5-тен 1-ге дейін: бірлік нөмірі екі есе артқан "         \
                  "сайынғы көбейткіш, мысалы 90% қисығы үшін 0,9; 1 — үйрену жоқ",                 \
            .az = "Öyrənmə əmsalı, 0,5-dən 1-ə qədər: vahidin nömrəsi hər dəfə iki qat artanda "   \
                  "tətbiq olunan vuruq, məsələn 90%-lik əyri üçün 0,9; 1 — öyrənmə yoxdur",        \
        },                                                                                         \
    }

#define ARG_MODEL                                                                                  \
    {                                                                                              \
        .id = "model", .kind = ADDIN_ARG_TEXT, .optional = TRUE,                                   \
        .name = { .en = "Model", .ru = "Модель", .kk = "Модель", .az = "Model" },                  \
        .help = {                                                                                  \
            .en = "UNIT (Crawford: each unit's hours fall by the rate per doubling) or CUMAVG "    \
                  "(Wright: the cumulative average falls by it); default UNIT",                    \
            .ru = "UNIT (Кроуфорд: при каждом удвоении номера трудоёмкость единицы "               \
                  "умножается на коэффициент) или CUMAVG (Райт: так снижается средняя "            \
                  "трудоёмкость нарастающим итогом); по умолчанию UNIT",                           \
            .kk = "UNIT (Кроуфорд: нөмір екі есе артқан сайын бірліктің еңбек сыйымдылығы "        \
                  "коэффициентке көбейтіледі) немесе CUMAVG (Райт: осылай жинақталған орташа "     \
                  "еңбек сыйымдылығы азаяды); әдепкі бойынша UNIT",                                \
            .az = "UNIT (Krouford: nömrə hər dəfə iki qat artanda vahidin əmək tutumu əmsala "     \
                  "vurulur) və ya CUMAVG (Rayt: belə azalan kumulyativ orta əmək tutumudur); "     \
                  "susmaya görə UNIT",                                                             \
        },                                                                                         \
    }
/* clang-format on */

static const AddinFunction series_functions[] = {
    {
        .name = "YARD.LEARN",
        .method = "learn",
        .entry = ADDIN_ENTRY(addin_fn_learn),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Hours (or cost) of one unit of a series on a learning curve",
            .ru = "Трудоёмкость (или стоимость) одной единицы серии по кривой обучения "
                  "(освоения)",
            .kk = "Үйрену қисығы бойынша сериядағы бір бірліктің еңбек сыйымдылығы (немесе құны)",
            .az = "Öyrənmə əyrisi üzrə seriyanın bir vahidinin əmək tutumu (və ya dəyəri)",
        },
        .result = {
            .en = "One number in the unit of First: the hours of that unit alone (under CUMAVG "
                  "too, not the cumulative average)",
            .ru = "Одно число в тех же единицах, что «Первая единица»: трудоёмкость только этой "
                  "единицы (и при CUMAVG, а не средняя нарастающим итогом)",
            .kk = "«Бірінші бірлікпен» бірдей өлшемдегі бір сан: тек осы бірліктің еңбек "
                  "сыйымдылығы (CUMAVG үшін де, жинақталған орташа емес)",
            .az = "«Birinci vahid» ilə eyni ölçüdə bir ədəd: yalnız bu vahidin əmək tutumu "
                  "(CUMAVG üçün də, kumulyativ orta deyil)",
        },
        .errors = {
            .en = "Err:502 when First is not positive, Unit is not a whole number from 1 to "
                  "1000000000, Rate is outside 0.5 to 1, or the model is unknown",
            .ru = "Err:502, если трудоёмкость первой единицы не положительна, номер единицы не "
                  "целое число от 1 до 1000000000, коэффициент вне 0,5-1 или модель неизвестна",
            .kk = "Err:502, егер бірінші бірліктің мәні оң болмаса, бірлік нөмірі 1-ден "
                  "1000000000-қа дейінгі бүтін сан болмаса, коэффициент 0,5-1 аралығынан тыс "
                  "болса немесе модель белгісіз болса",
            .az = "Err:502, əgər birinci vahidin qiyməti müsbət deyilsə, vahidin nömrəsi 1-dən "
                  "1000000000-a qədər tam ədəd deyilsə, əmsal 0,5-1 aralığından kənardadırsa və "
                  "ya model naməlumdursa",
        },
        .args = {
            ARG_FIRST,
            {
                .id = "unit", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Unit", .ru = "Номер единицы", .kk = "Бірлік нөмірі",
                          .az = "Vahidin nömrəsi" },
                .help = {
                    .en = "The unit number in the series, a whole number from 1",
                    .ru = "Порядковый номер единицы в серии, целое число от 1",
                    .kk = "Сериядағы бірліктің реттік нөмірі, 1-ден бастап бүтін сан",
                    .az = "Vahidin seriyadakı sıra nömrəsi, 1-dən başlayan tam ədəd",
                },
            },
            ARG_RATE,
            ARG_MODEL,
        },
        .examples = {
            { "YARD.LEARN(100;4;0.8)", "64", "64" },
            { "YARD.LEARN(100;2;0.8;\"CUMAVG\")", "60", "60" },
            { "ROUND(YARD.LEARN(100;3;0.8);6)", "70.210370", "70.21037" },
        },
    },
    {
        .name = "YARD.LEARNTOTAL",
        .method = "learntotal",
        .entry = ADDIN_ENTRY(addin_fn_learntotal),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Exact total hours (or cost) of a lot of consecutive units on a learning curve",
            .ru = "Точная суммарная трудоёмкость (или стоимость) партии последовательных единиц "
                  "по кривой обучения",
            .kk = "Үйрену қисығы бойынша қатарынан келетін бірліктер партиясының дәл жалпы "
                  "еңбек сыйымдылығы (немесе құны)",
            .az = "Öyrənmə əyrisi üzrə ardıcıl vahidlər partiyasının dəqiq ümumi əmək tutumu (və "
                  "ya dəyəri)",
        },
        .result = {
            .en = "One number: the sum over the units from From unit to To unit, both "
                  "included, with no midpoint approximation, as fast for 10000 units as for 10",
            .ru = "Одно число: сумма по единицам от начальной до конечной включительно, без "
                  "приближения по средней точке, одинаково быстро для 10000 единиц и для 10",
            .kk = "Бір сан: бастапқы бірліктен соңғы бірлікке дейінгі қосынды, екеуі де қоса, "
                  "орта нүкте жуықтауынсыз, 10000 бірлік үшін де 10 бірлік үшін сияқты жылдам",
            .az = "Bir ədəd: ilk vahiddən son vahidədək cəm, hər ikisi daxil olmaqla, orta "
                  "nöqtə yaxınlaşması olmadan, 10000 vahid üçün də 10 vahid üçün olduğu qədər "
                  "sürətli",
        },
        .errors = {
            .en = "Err:502 when First is not positive, a unit is not a whole number from 1 to "
                  "1000000000, From unit is after To unit, Rate is outside 0.5 to 1, or the "
                  "model is unknown",
            .ru = "Err:502, если трудоёмкость первой единицы не положительна, номер единицы не "
                  "целое число от 1 до 1000000000, начальная единица больше конечной, "
                  "коэффициент вне 0,5-1 или модель неизвестна",
            .kk = "Err:502, егер бірінші бірліктің мәні оң болмаса, бірлік нөмірі 1-ден "
                  "1000000000-қа дейінгі бүтін сан болмаса, бастапқы бірлік соңғы бірліктен "
                  "үлкен болса, коэффициент 0,5-1 аралығынан тыс болса немесе модель белгісіз "
                  "болса",
            .az = "Err:502, əgər birinci vahidin qiyməti müsbət deyilsə, vahidin nömrəsi 1-dən "
                  "1000000000-a qədər tam ədəd deyilsə, ilk vahid son vahiddən böyükdürsə, əmsal "
                  "0,5-1 aralığından kənardadırsa və ya model naməlumdursa",
        },
        .args = {
            ARG_FIRST,
            {
                .id = "fromUnit", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "From unit", .ru = "Номер с", .kk = "Нөмірден",
                          .az = "Nömrədən" },
                .help = {
                    .en = "The first unit of the lot, a whole number from 1",
                    .ru = "Первая единица партии, целое число от 1",
                    .kk = "Партияның бірінші бірлігі, 1-ден бастап бүтін сан",
                    .az = "Partiyanın ilk vahidi, 1-dən başlayan tam ədəd",
                },
            },
            {
                .id = "toUnit", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "To unit", .ru = "Номер по", .kk = "Нөмірге дейін",
                          .az = "Nömrəyə qədər" },
                .help = {
                    .en = "The last unit of the lot, included; at least From unit",
                    .ru = "Последняя единица партии, включительно; не меньше начальной",
                    .kk = "Партияның соңғы бірлігі, қоса алғанда; бастапқы бірліктен кем емес",
                    .az = "Partiyanın son vahidi, daxil olmaqla; ilk vahiddən az olmamalıdır",
                },
            },
            ARG_RATE,
            ARG_MODEL,
        },
        .examples = {
            { "YARD.LEARNTOTAL(100;1;4;0.8;\"CUMAVG\")", "256", "256" },
            { "YARD.LEARNTOTAL(12;1;4;0.5)", "25", "25" },
            { "ROUND(YARD.LEARNTOTAL(100;1;4;0.8);6)", "314.210370", "314.21037" },
        },
    },
    {
        .name = "YARD.LEARNFIT",
        .method = "learnfit",
        .entry = ADDIN_ENTRY(addin_fn_learnfit),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Fits a learning curve to actual hours of units by least squares on logarithms",
            .ru = "Подбирает кривую обучения по фактической трудоёмкости единиц методом "
                  "наименьших квадратов в логарифмах",
            .kk = "Бірліктердің нақты еңбек сыйымдылығы бойынша логарифмдердегі ең кіші "
                  "квадраттар әдісімен үйрену қисығын сәйкестендіреді",
            .az = "Vahidlərin faktiki əmək tutumuna loqarifmlər üzrə ən kiçik kvadratlar üsulu "
                  "ilə öyrənmə əyrisini uyğunlaşdırır",
        },
        .result = {
            .en = "1 x 3: first-unit value, learning rate, R^2 of the log-log fit (CUMAVG fits "
                  "the cumulative averages of units 1..n)",
            .ru = "1 x 3: значение для первой единицы, коэффициент обучения, R^2 регрессии в "
                  "логарифмах обеих осей (при CUMAVG подбор идёт по средним нарастающим итогом "
                  "для единиц 1..n)",
            .kk = "1 x 3: бірінші бірліктің мәні, үйрену коэффициенті, екі ось бойынша "
                  "логарифмдік регрессияның R^2 (CUMAVG 1..n бірліктерінің жинақталған "
                  "орташалары бойынша сәйкестендіріледі)",
            .az = "1 x 3: birinci vahidin qiyməti, öyrənmə əmsalı, hər iki ox üzrə loqarifmik "
                  "reqressiyanın R^2 (CUMAVG 1..n vahidlərinin kumulyativ ortalarına görə "
                  "uyğunlaşdırılır)",
        },
        .errors = {
            .en = "Err:502 when the ranges differ in size, fewer than two different units are "
                  "given, a value is not positive, a unit is not a whole number from 1, or "
                  "under CUMAVG the units are not 1..n each once",
            .ru = "Err:502, если диапазоны разного размера, различных единиц меньше двух, "
                  "значение не положительно, номер единицы не целое число от 1 или при CUMAVG "
                  "единицы не 1..n по одному разу",
            .kk = "Err:502, егер ауқымдардың өлшемі әртүрлі болса, әртүрлі бірліктер екеуден "
                  "аз болса, мән оң болмаса, бірлік нөмірі 1-ден бастап бүтін сан болмаса "
                  "немесе CUMAVG үшін бірліктер 1..n, әрқайсысы бір реттен болмаса",
            .az = "Err:502, əgər diapazonların ölçüsü fərqlidirsə, fərqli vahidlər ikidən "
                  "azdırsa, qiymət müsbət deyilsə, vahidin nömrəsi 1-dən başlayan tam ədəd "
                  "deyilsə və ya CUMAVG üçün vahidlər hər biri bir dəfə olmaqla 1..n deyilsə",
        },
        .args = {
            {
                .id = "units", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Units", .ru = "Единицы", .kk = "Бірліктер", .az = "Vahidlər" },
                .help = {
                    .en = "A column of unit numbers (hull 1, 2, ...); under CUMAVG exactly 1..n "
                          "in any order",
                    .ru = "Столбец номеров единиц (корпус № 1, 2, ...); при CUMAVG ровно 1..n "
                          "в любом порядке",
                    .kk = "Бірлік нөмірлерінің бағаны (корпус 1, 2, ...); CUMAVG үшін кез келген "
                          "ретпен дәл 1..n",
                    .az = "Vahid nömrələrinin sütunu (gövdə 1, 2, ...); CUMAVG üçün istənilən "
                          "sırada məhz 1..n",
                },
            },
            {
                .id = "values", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Values", .ru = "Значения", .kk = "Мәндер", .az = "Qiymətlər" },
                .help = {
                    .en = "Actual hours (or cost) of each listed unit, positive, beside the "
                          "units",
                    .ru = "Фактическая трудоёмкость (или стоимость) каждой указанной единицы, "
                          "положительная, рядом с единицами",
                    .kk = "Көрсетілген әр бірліктің нақты еңбек сыйымдылығы (немесе құны), оң, "
                          "бірліктердің қасында",
                    .az = "Göstərilən hər vahidin faktiki əmək tutumu (və ya dəyəri), müsbət, "
                          "vahidlərin yanında",
                },
            },
            ARG_MODEL,
        },
        .examples = {
            { "ROUND(YARD.LEARNFIT({1;2;4;8};{100;80;64;51.2});9)", "{100;0.8;1}",
              "100, 0.8, 1" },
            { "ROUND(YARD.LEARNFIT({1;2};{100;60};\"CUMAVG\");9)", "{100;0.8;1}",
              "100, 0.8, 1" },
        },
    },
    {
        .name = "YARD.BERTH",
        .method = "berth",
        .entry = ADDIN_ENTRY(addin_fn_berth),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Assigns hulls to building berths or docks and dates their keel laying and "
                  "launching",
            .ru = "Распределяет корпуса по стапелям или докам и назначает даты закладки киля и "
                  "спуска на воду",
            .kk = "Корпустарды стапельдер немесе доктар бойынша бөледі және кильді салу мен "
                  "кемені суға түсіру күндерін белгілейді",
            .az = "Gövdələri stapellər və ya doklar üzrə bölüşdürür, kilin qoyulması və suya "
                  "buraxılma tarixlərini təyin edir",
        },
        .result = {
            .en = "N x 4, one row per hull in input order: berth number, keel-laying date, "
                  "launching date (the last day on the berth), lateness in working days against "
                  "the due date (positive late, negative early, 0 without a due date)",
            .ru = "N x 4, по строке на корпус в порядке ввода: номер стапеля, дата закладки "
                  "киля, дата спуска на воду (последний день на стапеле), опоздание в рабочих "
                  "днях относительно срока (плюс — позже, минус — раньше, 0 без срока)",
            .kk = "N x 4, енгізу ретімен әр корпусқа бір жол: стапель нөмірі, кильді салу күні, "
                  "суға түсіру күні (стапельдегі соңғы күн), мерзімге қатысты жұмыс күндерімен "
                  "кешігу (оң — кеш, теріс — ерте, мерзім берілмесе 0)",
            .az = "N x 4, daxil edilmə sırası ilə hər gövdəyə bir sətir: stapelin nömrəsi, "
                  "kilin qoyulma tarixi, suya buraxılma tarixi (stapeldə son gün), son müddətə "
                  "nisbətən iş günləri ilə gecikmə (müsbət — gec, mənfi — tez, son müddət "
                  "yoxdursa 0)",
        },
        .errors = {
            .en = "Err:502 when a ready or due date is not a date, berth days are not whole "
                  "numbers of at least 1, Berths is neither a count from 1 to 1000 nor dates, "
                  "the rule is unknown, the calendar is invalid, or a launching falls after 9999",
            .ru = "Err:502, если дата готовности или срок не является датой, дни на стапеле — "
                  "не целое число от 1, «Стапели» — ни число от 1 до 1000, ни даты, правило "
                  "неизвестно, календарь неверен или спуск на воду приходится позже 9999 года",
            .kk = "Err:502, егер дайындық күні не мерзім күн болмаса, стапельдегі күндер 1-ден "
                  "бастап бүтін сан болмаса, «Стапельдер» 1-ден 1000-ға дейінгі сан да, күндер "
                  "де болмаса, ереже белгісіз болса, күнтізбе қате болса немесе суға түсіру 9999 "
                  "жылдан кейін болса",
            .az = "Err:502, əgər hazırlıq tarixi və ya son müddət tarix deyilsə, stapel günləri "
                  "1-dən başlayan tam ədəd deyilsə, «Stapellər» nə 1-dən 1000-ə qədər say, nə "
                  "də tarixlərdirsə, qayda naməlumdursa, təqvim düzgün deyilsə və ya suya "
                  "buraxılma 9999-cu ildən sonraya düşürsə",
        },
        .args = {
            {
                .id = "ready", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Ready", .ru = "Готовность", .kk = "Дайындық күні",
                          .az = "Hazırlıq tarixi" },
                .help = {
                    .en = "A column of dates, one per hull: the earliest date its keel can be "
                          "laid",
                    .ru = "Столбец дат, по одной на корпус: самая ранняя возможная дата "
                          "закладки киля",
                    .kk = "Күндер бағаны, әр корпусқа біреуден: кильді салуға болатын ең ерте "
                          "күн",
                    .az = "Tarixlər sütunu, hər gövdəyə bir: kilin qoyula biləcəyi ən tez tarix",
                },
            },
            {
                .id = "berthDays", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Berth days", .ru = "Дни на стапеле",
                          .kk = "Стапельдегі күндер", .az = "Stapel günləri" },
                .help = {
                    .en = "A column of the working days each hull occupies its berth, the "
                          "keel-laying and launching days included; whole numbers from 1",
                    .ru = "Столбец: сколько рабочих дней каждый корпус занимает стапель, включая "
                          "дни закладки киля и спуска на воду; целые числа от 1",
                    .kk = "Баған: әр корпус стапельді неше жұмыс күні алады, кильді салу мен "
                          "суға түсіру күндері қоса; 1-ден бастап бүтін сандар",
                    .az = "Sütun: hər gövdənin stapeli neçə iş günü tutduğu, kilin qoyulması və "
                          "suya buraxılma günləri daxil; 1-dən başlayan tam ədədlər",
                },
            },
            {
                .id = "berths", .kind = ADDIN_ARG_ANY,
                .name = { .en = "Berths", .ru = "Стапели", .kk = "Стапельдер",
                          .az = "Stapellər" },
                .help = {
                    .en = "The number of identical berths (1 to 1000), or a column of dates "
                          "from which each berth is free",
                    .ru = "Число одинаковых стапелей (от 1 до 1000) или столбец дат, с которых "
                          "свободен каждый стапель",
                    .kk = "Бірдей стапельдердің саны (1-ден 1000-ға дейін) немесе әр стапель "
                          "босайтын күндер бағаны",
                    .az = "Eyni stapellərin sayı (1-dən 1000-ə qədər) və ya hər stapelin "
                          "boşaldığı tarixlərin sütunu",
                },
            },
            {
                .id = "due", .kind = ADDIN_ARG_RANGE, .optional = TRUE,
                .name = { .en = "Due", .ru = "Срок спуска", .kk = "Түсіру мерзімі",
                          .az = "Son müddət" },
                .help = {
                    .en = "A column of due launching dates beside the hulls; an empty cell means "
                          "no due date; default none",
                    .ru = "Столбец сроков спуска на воду рядом с корпусами; пустая ячейка — срока "
                          "нет; по умолчанию нет",
                    .kk = "Корпустардың қасындағы суға түсіру мерзімдерінің бағаны; бос ұяшық — "
                          "мерзім жоқ; әдепкі бойынша жоқ",
                    .az = "Gövdələrin yanında suya buraxılmanın son müddətləri sütunu; boş xana — "
                          "son müddət yoxdur; susmaya görə yoxdur",
                },
            },
            {
                .id = "rule", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Rule", .ru = "Правило", .kk = "Ереже", .az = "Qayda" },
                .help = {
                    .en = "Which waiting hull takes a free berth: READY (ready first), DUE "
                          "(due first) or LISTED (in the order listed); default READY",
                    .ru = "Какой из ожидающих корпусов занимает освободившийся стапель: READY "
                          "(раньше готовый), DUE (с более ранним сроком) или LISTED (в порядке "
                          "списка); по умолчанию READY",
                    .kk = "Босаған стапельді күтіп тұрған корпустардың қайсысы алады: READY "
                          "(ертерек дайын), DUE (мерзімі ертерек) немесе LISTED (тізім ретімен); "
                          "әдепкі бойынша READY",
                    .az = "Boşalan stapeli gözləyən gövdələrdən hansı tutur: READY (daha tez "
                          "hazır olan), DUE (son müddəti daha tez olan) və ya LISTED (siyahı "
                          "sırası ilə); susmaya görə READY",
                },
            },
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
        },
        .examples = {
            { "YARD.BERTH(DATE(2025;3;3);5;1)", "{1;45719;45723;0}",
              "1, 2025-03-03, 2025-03-07, 0" },
            { "INDEX(YARD.BERTH(DATE(2025;3;3);5;1;DATE(2025;3;6));1;4)", "1", "1" },
            { "INDEX(YARD.BERTH(DATE(2025;3;3);5;DATE(2025;3;10));1;3)", "DATE(2025;3;14)",
              "2025-03-14" },
        },
    },
};

const AddinSection addin_section_series = {
    .title = { .en = "Series production",
               .ru = "Серийное производство",
               .kk = "Сериялық өндіріс",
               .az = "Seriyalı istehsal" },
    .functions = series_functions,
    .n_functions = G_N_ELEMENTS(series_functions),
};
