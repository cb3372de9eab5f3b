/* SPDX-License-Identifier: MPL-2.0 */
/* Resource levelling: start dates that respect every link and every
 * resource capacity (docs/levelling.md). The title makes it part of the
 * Scheduling chapter. */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

static const AddinFunction levelling_functions[] = {
    {
        .name = "YARD.LEVEL",
        .method = "level",
        .entry = ADDIN_ENTRY(addin_fn_level),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Resource levelling: start and finish dates that keep every link and never "
                  "ask for more of a resource than its capacity on any working day, with the "
                  "project as short as the heuristic can make it",
            .ru = "Выравнивание ресурсов: сроки начала и окончания, при которых соблюдены все "
                  "связи и ни в один рабочий день не требуется ресурса больше, чем его есть, а "
                  "проект как можно короче",
            .kk = "Ресурстарды теңестіру: барлық байланыстар сақталатын және ешбір жұмыс "
                  "күнінде ресурс қолда барынан артық талап етілмейтін басталу және аяқталу "
                  "мерзімдері, жоба мүмкіндігінше қысқа",
            .az = "Resursların tarazlaşdırılması: bütün əlaqələrə riayət olunan və heç bir iş "
                  "günü resursdan mövcud olandan çox tələb olunmayan başlanğıc və bitmə "
                  "tarixləri, layihə mümkün qədər qısa",
        },
        .result = {
            .en = "An array with one row per row of the table (blank rows stay blank) and the "
                  "columns listed in fields: START and FINISH as dates (first and last working "
                  "day) when start is given, otherwise as working-day offsets with FINISH = "
                  "START + duration; DELAY in working days after the early start of YARD.CPM",
            .ru = "Массив со строкой на каждую строку таблицы (пустые строки остаются "
                  "пустыми) и столбцами из списка полей: START и FINISH - даты (первый и "
                  "последний рабочий день), если задано начало, иначе смещения в рабочих днях, "
                  "FINISH = START + длительность; DELAY - сдвиг в рабочих днях от раннего "
                  "начала YARD.CPM",
            .kk = "Кестенің әр жолына бір жолы бар және өрістер тізіміндегі бағандары бар "
                  "массив (бос жолдар бос қалады): START пен FINISH - басталуы берілсе күндер "
                  "(бірінші және соңғы жұмыс күні), әйтпесе жұмыс күндерімен ығысулар, FINISH = "
                  "START + ұзақтық; DELAY - YARD.CPM ерте басталуынан кейінгі жұмыс күндері",
            .az = "Cədvəlin hər sətri üçün bir sətri və sahələr siyahısındakı sütunları olan "
                  "massiv (boş sətirlər boş qalır): START və FINISH - başlanğıc verilibsə "
                  "tarixlər (ilk və son iş günü), əks halda iş günləri ilə sürüşmələr, FINISH = "
                  "START + müddət; DELAY - YARD.CPM-in erkən başlanğıcından sonrakı iş günləri",
        },
        .errors = {
            .en = "Err:502 when the table is wrong (YARD.CHECK says why), a demand is not a "
                  "whole number from 0 to its resource's capacity or stands in a row without "
                  "an activity, capacities is not one row with as many columns as demands, a "
                  "capacity is missing, negative or fractional, effort is outside 1-100000 or "
                  "too large for the project, the project is too large (docs/limits.md), fields "
                  "names an unknown or repeated column, the weekend mask or an exception is "
                  "invalid, or a date falls outside 1583-9999",
            .ru = "Err:502, если таблица неверна (YARD.CHECK объясняет почему), потребность - "
                  "не целое число от 0 до доступного количества ресурса или стоит в строке без "
                  "работы, доступность - не одна строка с тем же числом столбцов, что у "
                  "потребностей, доступность не задана, отрицательна или дробна, объём поиска "
                  "вне 1-100000 или слишком велик для проекта, проект слишком велик "
                  "(docs/limits.md), в полях указан неизвестный или повторный столбец, маска "
                  "выходных или исключение неверны либо дата выходит за 1583-9999 годы",
            .kk = "Err:502 кесте қате болса (YARD.CHECK себебін түсіндіреді), қажеттілік 0-ден "
                  "ресурстың қолжетімді мөлшеріне дейінгі бүтін сан болмаса не жұмыссыз жолда "
                  "тұрса, қолжетімділік қажеттіліктердегідей бағандары бар бір жол болмаса, "
                  "қолжетімділік берілмесе, теріс не бөлшек болса, іздеу көлемі 1-100000 "
                  "аралығынан тыс не жоба үшін тым үлкен болса, жоба тым үлкен болса "
                  "(docs/limits.md), өрістерде белгісіз не қайталанған баған көрсетілсе, "
                  "демалыс маскасы не ерекшелік қате болса немесе күн 1583-9999 жылдардан тыс "
                  "шықса",
            .az = "Err:502 cədvəl səhvdirsə (YARD.CHECK səbəbini izah edir), tələbat 0-dan "
                  "resursun mövcud miqdarına qədər tam ədəd deyilsə və ya işi olmayan sətirdədirsə, "
                  "mövcudluq tələbatlardakı qədər sütunu olan bir sətir deyilsə, mövcudluq "
                  "verilməyibsə, mənfi və ya kəsrdirsə, axtarış həcmi 1-100000 xaricindədirsə "
                  "və ya layihə üçün çox böyükdürsə, layihə çox böyükdürsə (docs/limits.md), "
                  "sahələrdə naməlum və ya təkrarlanan sütun göstərilibsə, istirahət maskası və "
                  "ya istisna səhvdirsə, yaxud tarix 1583-9999 illərindən kənara çıxırsa",
        },
        .args = {
            {
                .id = "ids", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "IDs", .ru = "Коды", .kk = "Кодтар", .az = "Kodlar" },
                .help = {
                    .en = "A column with one activity ID per row (text or number, unique, case "
                          "ignored); a row left wholly empty is skipped",
                    .ru = "Столбец с кодом работы в каждой строке (текст или число, без "
                          "повторов, регистр не важен); полностью пустая строка пропускается",
                    .kk = "Әр жолда бір жұмыс коды бар баған (мәтін немесе сан, қайталанбайды, "
                          "әріп регистрі ескерілмейді); толығымен бос жол өткізіліп жіберіледі",
                    .az = "Hər sətirdə bir iş kodu olan sütun (mətn və ya ədəd, təkrarsız, "
                          "hərflərin böyük-kiçikliyi nəzərə alınmır); tamamilə boş sətir "
                          "buraxılır",
                },
            },
            {
                .id = "durations", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Durations", .ru = "Длительности", .kk = "Ұзақтықтар",
                          .az = "Müddətlər" },
                .help = {
                    .en = "The duration of each activity in whole working days; 0 for a "
                          "milestone, which uses no resources",
                    .ru = "Длительность каждой работы в целых рабочих днях; 0 для вехи, "
                          "которая не занимает ресурсов",
                    .kk = "Әр жұмыстың ұзақтығы, бүтін жұмыс күндерімен; ресурс алмайтын "
                          "бақылау нүктесі үшін 0",
                    .az = "Hər işin müddəti, tam iş günləri ilə; resurs tutmayan nəzarət "
                          "nöqtəsi üçün 0",
                },
            },
            {
                .id = "predecessors", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Predecessors", .ru = "Предшественники", .kk = "Алдыңғылар",
                          .az = "Sələflər" },
                .help = {
                    .en = "The predecessors of each activity, e.g. A10; B20FS+2; C5SS-1 (types "
                          "FS, SS, FF, SF, lags in working days); empty for none",
                    .ru = "Предшественники каждой работы, например A10; B20FS+2; C5SS-1 (типы "
                          "FS, SS, FF, SF, задержки в рабочих днях); пусто, если их нет",
                    .kk = "Әр жұмыстың алдыңғылары, мысалы A10; B20FS+2; C5SS-1 (FS, SS, FF, "
                          "SF түрлері, кідірістер жұмыс күндерімен); жоқ болса, бос",
                    .az = "Hər işin sələfləri, məsələn A10; B20FS+2; C5SS-1 (FS, SS, FF, SF "
                          "növləri, gecikmələr iş günləri ilə); yoxdursa, boş",
                },
            },
            {
                .id = "demands", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Demands", .ru = "Потребности", .kk = "Қажеттіліктер",
                          .az = "Tələbatlar" },
                .help = {
                    .en = "Units of each resource an activity uses on every working day it "
                          "runs: a row per activity, a column per resource; empty = 0",
                    .ru = "Сколько единиц каждого ресурса работа занимает в каждый свой "
                          "рабочий день: строка на работу, столбец на ресурс; пусто = 0",
                    .kk = "Жұмыс өзінің әр жұмыс күнінде әр ресурстан неше бірлік алады: "
                          "жұмысқа бір жол, ресурсқа бір баған; бос = 0",
                    .az = "İş özünün hər iş günündə hər resursdan neçə vahid tutur: hər iş "
                          "üçün bir sətir, hər resurs üçün bir sütun; boş = 0",
                },
            },
            {
                .id = "capacities", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Capacities", .ru = "Доступность", .kk = "Қолжетімділік",
                          .az = "Mövcudluq" },
                .help = {
                    .en = "Units of each resource available on every working day: one row with "
                          "a column per resource, in the order of demands",
                    .ru = "Сколько единиц каждого ресурса есть в каждый рабочий день: одна "
                          "строка, столбец на ресурс в порядке потребностей",
                    .kk = "Әр жұмыс күнінде әр ресурстың неше бірлігі бар: бір жол, "
                          "қажеттіліктер ретімен ресурсқа бір баған",
                    .az = "Hər iş günü hər resursun neçə vahidi var: bir sətir, tələbatlar "
                          "ardıcıllığı ilə hər resurs üçün bir sütun",
                },
            },
            {
                .id = "start", .kind = ADDIN_ARG_DATE, .optional = TRUE,
                .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },
                .help = {
                    .en = "The project start date: working day 0 is the first working day on "
                          "or after it; without it the dates are working-day offsets",
                    .ru = "Дата начала проекта: рабочий день 0 - первый рабочий день начиная "
                          "с неё; без неё сроки - смещения в рабочих днях",
                    .kk = "Жобаның басталу күні: 0-жұмыс күні - осы күннен бастап алғашқы "
                          "жұмыс күні; онсыз мерзімдер жұмыс күндерімен ығысулар болады",
                    .az = "Layihənin başlanğıc tarixi: 0-cı iş günü ondan başlayaraq ilk iş "
                          "günüdür; onsuz tarixlər iş günləri ilə sürüşmələrdir",
                },
            },
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
            {
                .id = "effort", .kind = ADDIN_ARG_NUMBER, .optional = TRUE,
                .name = { .en = "Effort", .ru = "Объём поиска", .kk = "Іздеу көлемі",
                          .az = "Axtarış həcmi" },
                .help = {
                    .en = "How many schedules the heuristic may try, 1 to 100000: more takes "
                          "longer and may shorten the project; default 5000",
                    .ru = "Сколько расписаний может перебрать эвристика, от 1 до 100000: "
                          "больше - дольше, но проект может стать короче; по умолчанию 5000",
                    .kk = "Эвристика неше кестені байқап көре алады, 1-ден 100000-ға дейін: "
                          "көбірек болса ұзағырақ, бірақ жоба қысқаруы мүмкін; әдепкісі 5000",
                    .az = "Evristika neçə cədvəli sınaya bilər, 1-dən 100000-ə qədər: çox "
                          "olduqda daha uzun çəkir, amma layihə qısala bilər; susmaya görə 5000",
                },
            },
            {
                .id = "fields", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Fields", .ru = "Поля", .kk = "Өрістер", .az = "Sahələr" },
                .help = {
                    .en = "The result columns from START, FINISH, DELAY in the order wanted, "
                          "separated by ; or ,; default START;FINISH",
                    .ru = "Столбцы результата из START, FINISH, DELAY в нужном порядке через "
                          "; или ,; по умолчанию START;FINISH",
                    .kk = "Нәтиже бағандары START, FINISH, DELAY ішінен, керекті ретпен, ; "
                          "немесе , арқылы; әдепкісі START;FINISH",
                    .az = "START, FINISH, DELAY-dən nəticə sütunları, istənilən ardıcıllıqla, "
                          "; və ya , ilə ayrılmış; susmaya görə START;FINISH",
                },
            },
        },
        .examples = {
            { "YARD.LEVEL({\"A\"|\"B\"|\"C\"|\"M\"};{3|2|2|0};{\"\"|\"ASS+1\"|\"B\"|\"B\"};"
              "{1|1|1|0};1)",
              "{0;3|3;5|5;7|5;5}", "A: 0, 3; B: 3, 5; C: 5, 7; M: 5, 5" },
            { "YARD.LEVEL({\"A\"|\"B\"|\"C\"|\"M\"};{3|2|2|0};{\"\"|\"ASS+1\"|\"B\"|\"B\"};"
              "{1|1|1|0};1;DATE(2026;1;5);\"5D\")",
              "DATE(2026;1;5)+{0;2|3;4|7;8|4;4}",
              "A: 2026-01-05, 2026-01-07; B: 2026-01-08, 2026-01-09; C: 2026-01-12, "
              "2026-01-13; M: 2026-01-09, 2026-01-09" },
            { "YARD.LEVEL({\"A\"|\"B\"|\"C\"|\"M\"};{3|2|2|0};{\"\"|\"ASS+1\"|\"B\"|\"B\"};"
              "{1|1|1|0};1;;;;;\"DELAY\")",
              "{0|2|2|2}", "A: 0; B: 2; C: 2; M: 2" },
        },
    },
};

const AddinSection addin_section_levelling = {
    .title = { .en = "Scheduling", .ru = "Планирование", .kk = "Жоспарлау", .az = "Planlaşdırma" },
    .functions = levelling_functions,
    .n_functions = G_N_ELEMENTS(levelling_functions),
};
