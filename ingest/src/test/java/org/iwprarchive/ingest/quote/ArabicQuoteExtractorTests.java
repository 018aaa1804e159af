package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iwprarchive.domain.article.QuotationKind.DIRECT;
import static org.iwprarchive.domain.article.QuotationKind.INDIRECT;
import static org.iwprarchive.domain.source.SourceKind.ANONYMOUS;
import static org.iwprarchive.domain.source.SourceKind.ORGANISATION;
import static org.iwprarchive.domain.source.SourceKind.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of Arabic attributions, each in words none of the labelled texts use: who the source is, of what kind,
 * in what role, by what cue, and what was said.
 */
class ArabicQuoteExtractorTests {

    private final ArabicQuoteExtractor arabic = new ArabicQuoteExtractor();

    @Test
    void readsAnInternationalBodyKnownByItsAcronymMadeANameAsABody() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت اليونيسف إن نصف أطفال المخيم لم يلتحقوا بالمدارس.",
                "وأعلنت الأونروا أنها ستغلق ثلاث عيادات في الشهر المقبل."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("اليونيسف", ORGANISATION), tuple("الأونروا", ORGANISATION));
    }

    @Test
    void readsANameSetApartAfterOrBeforeWhoTheWordsAreAccordingTo() {
        List<Attribution> found = arabic.extract(List.of(
                "وبحسب مدير مستشفى الكندي، حسن الربيعي، فإن الأدوية نفدت منذ أسبوع.",
                "وبحسب هدى جواد، الطبيبة في المستشفى، فإن الأطفال ينامون في الممرات.",
                // words that open with a name, or with someone described, said by whoever is before the comma
                "وبحسب المتحدث باسم الشرطة، علي حسن اعتقل أمس في البصرة، لكن شقيقه أفرج عنه.",
                "وبحسب وزارة الصحة، الطبيب المناوب غادر المستشفى قبل وصول الجرحى، وهو ما تنفيه النقابة.",
                "وبحسب الشرطة، محمد جاسم، سائق الشاحنة، فر من المكان.",
                "وبحسب أحمد علي، المدارس مغلقة منذ الأحد."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("حسن الربيعي", "مدير مستشفى الكندي", "الأدوية نفدت منذ أسبوع"),
                        tuple("هدى جواد", "الطبيبة في المستشفى", "الأطفال ينامون في الممرات"),
                        tuple("المتحدث باسم الشرطة", null, "علي حسن اعتقل أمس في البصرة، لكن شقيقه أفرج عنه"),
                        tuple("وزارة الصحة", null,
                                "الطبيب المناوب غادر المستشفى قبل وصول الجرحى، وهو ما تنفيه النقابة"),
                        tuple("الشرطة", null, "محمد جاسم، سائق الشاحنة، فر من المكان"),
                        tuple("أحمد علي", null, "المدارس مغلقة منذ الأحد"));
    }

    @Test
    void readsWordsQuotedAfterTheSpeakerWithoutAColon() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت الممرضة سعاد عباس «نعمل ثماني عشرة ساعة في اليوم».",
                // a quotation inside the sentence quotes no words; after "that" the speaker ends at "that"
                "وقال الخبير علي الجبوري \"المشروع\" لم يكتمل بعد.",
                "وقال الوزير حسين الشمري إن \"المشروع سينجز قبل الصيف\"."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(tuple("سعاد عباس", "الممرضة", DIRECT, "نعمل ثماني عشرة ساعة في اليوم"),
                        tuple("حسين الشمري", "الوزير", DIRECT, "المشروع سينجز قبل الصيف"));
    }

    @Test
    void readsASecurityServiceAsABody() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال جهاز المخابرات العامة إن خلية مسلحة فككت في الزرقاء.",
                "وأكد الأمن الوطني أن المعبر سيبقى مغلقاً حتى إشعار آخر."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("جهاز المخابرات العامة", ORGANISATION), tuple("الأمن الوطني", ORGANISATION));
    }

    @Test
    void readsAGraduateDescribedAfterTheName() {
        List<Attribution> found = arabic.extract(List.of(
                "\"لم أجد عملاً منذ ثلاث سنوات\"، تقول سلمى الحسن، خريجة صيدلة من الزرقاء."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سلمى الحسن", "خريجة صيدلة من الزرقاء"));
    }

    @Test
    void givesABodysReportStatementOrStudyToTheBody() {
        List<Attribution> found = arabic.extract(List.of(
                "وأكدت دراسة لمنظمة الصحة العالمية أن نصف المستشفيات خرج عن الخدمة.",
                "وقال بيان صادر عن وزارة الداخلية إن الطرق ستفتح غداً.",
                "وذكر تقرير للمجلس النرويجي للاجئين أن آلاف العائلات بلا مأوى."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("منظمة الصحة العالمية", ORGANISATION), tuple("وزارة الداخلية", ORGANISATION),
                        tuple("المجلس النرويجي للاجئين", ORGANISATION));
    }

    @Test
    void readsWhomTheWordsAreAccordingToAfterThem() {
        List<Attribution> found = arabic.extract(List.of(
                "تراجع إنتاج القمح في محافظة نينوى بمقدار النصف، وفقاً لدراسة صادرة عن جامعة الموصل.",
                "وارتفع عدد النازحين إلى مئتي ألف شخص، بحسب المفوضية السامية لشؤون اللاجئين.",
                // the body's name joined to the report's noun or to "لـ"
                "وتضاعفت أسعار الأعلاف ثلاث مرات، بحسب تقرير لمنظمة الأغذية والزراعة.",
                "وجفت نصف الآبار في القرى المجاورة، وفقاً لوزارة الزراعة.",
                "وانخفضت صادرات التمور إلى النصف، بحسب تقرير للمفوضية الأوروبية.",
                // too few words before to be what was said
                "هكذا، بحسب الوزارة."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue,
                        Attribution::text)
                .containsExactly(
                        tuple("جامعة الموصل", ORGANISATION, "وفقاً لدراسة صادرة عن",
                                "تراجع إنتاج القمح في محافظة نينوى بمقدار النصف"),
                        // the words as written, their opening "and" with them
                        tuple("المفوضية السامية لشؤون اللاجئين", ORGANISATION, "بحسب",
                                "وارتفع عدد النازحين إلى مئتي ألف شخص"),
                        tuple("منظمة الأغذية والزراعة", ORGANISATION, "بحسب تقرير لـ",
                                "وتضاعفت أسعار الأعلاف ثلاث مرات"),
                        tuple("وزارة الزراعة", ORGANISATION, "وفقاً لـ", "وجفت نصف الآبار في القرى المجاورة"),
                        tuple("المفوضية الأوروبية", ORGANISATION, "بحسب تقرير لـ", "وانخفضت صادرات التمور إلى النصف"));
    }

    @Test
    void readsTheVerbBeforeItsSubjectWithAQuoteOrReportedWordsAndTheSubjectsGenderAfter() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال مازن الجبوري، وهو صياد في الفاو، لـIWPR إن الأسماك نفقت بعد موجة الحر.",
                "وأضاف: \"خسرت شباكي كلها\".",
                "وقالت الصحفية هبة النعيمي: «لم يحاسب أحد حتى الآن».",
                "وأكدت أن الملف ما زال مفتوحاً.",
                "وشدد الجبوري على أن الصيادين لن يغادروا."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("مازن الجبوري", PERSON, "صياد في الفاو", INDIRECT, "قال لـIWPR",
                                "الأسماك نفقت بعد موجة الحر"),
                        tuple("مازن الجبوري", PERSON, null, DIRECT, "أضاف", "خسرت شباكي كلها"),
                        tuple("هبة النعيمي", PERSON, "الصحفية", DIRECT, "قالت", "لم يحاسب أحد حتى الآن"),
                        tuple("هبة النعيمي", PERSON, null, INDIRECT, "أكدت", "الملف ما زال مفتوحاً"),
                        // "شدد على أن": stressed that, the words after "على أن" as after "إلى أن"
                        tuple("مازن الجبوري", PERSON, null, INDIRECT, "شدد", "الصيادين لن يغادروا"));
    }

    @Test
    void findsTheSpeakerOfAQuoteBeforeTheVerbAndTheSubjectBeforeItInTopicalisedSentences() {
        List<Attribution> found = arabic.extract(List.of(
                "“نعمل في الليل لأن النهار لا يحتمل”، يقول أبو سامر، وهو عامل بناء من الزبير.",
                "أما ريم الساعدي، وهي ممرضة في الناصرية، فتقول إنها تعمل نوبتين كل يوم.",
                "غير أن موظفاً في البلدية، رفض الكشف عن هويته، قال إن الميزانية نفدت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text)
                .containsExactly(
                        tuple("أبو سامر", PERSON, "عامل بناء من الزبير", "نعمل في الليل لأن النهار لا يحتمل"),
                        tuple("ريم الساعدي", PERSON, "ممرضة في الناصرية", "تعمل نوبتين كل يوم"),
                        tuple("موظفاً في البلدية", ANONYMOUS, null, "الميزانية نفدت"));
    }

    @Test
    void tellsBodiesDescriptionsAndRolesSetApartFromPeople() {
        List<Attribution> found = arabic.extract(List.of(
                "وأعلنت هيئة النزاهة أن التحقيق سيشمل ثلاثة مسؤولين.",
                "وقال رئيس بلدية الكوت، جاسم الزبيدي، إن المشروع توقف.",
                "ووفقاً للجنة الدولية للصليب الأحمر، فإن المياه لا تصل إلى نصف الأحياء.",
                "وقال شاهد عيان إن الشرطة أطلقت النار في الهواء.",
                "وقال مدير الدفاع المدني في المدينة، المقدم نزار كامل، إن الحريق أخمد."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::cue)
                .containsExactly(
                        tuple("هيئة النزاهة", ORGANISATION, null, "أعلنت"),
                        tuple("جاسم الزبيدي", PERSON, "رئيس بلدية الكوت", "قال"),
                        tuple("اللجنة الدولية للصليب الأحمر", ORGANISATION, null, "وفقاً لـ"),
                        tuple("شاهد عيان", ANONYMOUS, null, "قال"),
                        tuple("نزار كامل", PERSON, "مدير الدفاع المدني في المدينة", "قال"));
    }

    @Test
    void readsATeamAsABodyOnlyWithoutTheArticle() {
        List<Attribution> found = arabic.extract(List.of(
                "وبحسب فريق الدفاع المدني في المدينة، انتشلت جثث ثلاثة أشخاص من تحت الأنقاض.",
                "وقال المنتدى الاقتصادي السوري إن الأسعار ارتفعت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("فريق الدفاع المدني في المدينة", ORGANISATION),
                        tuple("المنتدى الاقتصادي السوري", ORGANISATION));
    }

    @Test
    void givesAFeminineVerbWithoutASubjectToTheLastWomanNotTheLastSource() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت المحامية دعاء الربيعي إن موكلها بريء.",
                "وقال القاضي حسام العبيدي إن الجلسة أجلت.",
                "وأوضحت أن الدفاع سيطعن في الحكم."), List.of());

        assertThat(found).extracting(Attribution::source).containsExactly("دعاء الربيعي", "حسام العبيدي",
                "دعاء الربيعي");
    }

    @Test
    void readsTheWordsAnOutletReportsAsTheirSpeakersAndNamesGivenNamesItDoesNotKnow() {
        List<Attribution> found = arabic.extract(List.of(
                "ونقل موقع محلي عن ضابط في الشرطة قوله إن المتهمين فروا.",
                "لكن برزان هوشيار، وهو مزارع من حلبجة، قال إن السد جف.",
                "«لم نر مطراً منذ شهرين»، قال برزان.",
                "وقال جوان برزنجي، وهو سائق شاحنة، إن الطريق مقطوع.",
                "وقال جوان برزنجي إن الطريق مقطوع منذ أيام."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text)
                .containsExactly(
                        tuple("ضابط في الشرطة", ANONYMOUS, null, "المتهمين فروا"),
                        tuple("برزان هوشيار", PERSON, "مزارع من حلبجة", "السد جف"),
                        tuple("برزان هوشيار", PERSON, null, "لم نر مطراً منذ شهرين"),
                        tuple("جوان برزنجي", PERSON, "سائق شاحنة", "الطريق مقطوع"),
                        tuple("جوان برزنجي", PERSON, null, "الطريق مقطوع منذ أيام"));
    }

    @Test
    void readsTheThirdHeldOutSetsShapesInOtherWords() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت سهى الراشد، وهي ممرضة في مخيم الهول، في رسالة صوتية إلى IWPR إن الدواء نفد.",
                "وأضافت قائلة: «نعالج الأطفال بما تبقى لدينا»",
                "وقال رئيس بلدية سرت، العجيلي محمود القذافي، إن الطرق أعيد فتحها.",
                "وأكدت منظمة أطباء بلا حدود في منشور على موقعها أن عياداتها أغلقت.",
                "ووفقاً لما ذكرته مصادر محلية، فإن القتال توقف.",
                "وبحسب ما قاله مسؤول في الميناء، فإن السفن لم تفرغ حمولتها.",
                // a spokesman "باسم" (on behalf of) a body, unnamed: no one named Basim, but an unnamed source, as "a
                // spokesman for the government" is in English (since the twelfth set)
                "وقال الناطق باسم الحكومة إن الاجتماع أجل.",
                "لكن لاجئاً سورياً وصل حديثاً قال إن الحدود مغلقة.",
                "«لم نأكل منذ يومين»، قال الرجل الذي يعيل أسرته وحده.",
                "وطالبت نقابة الأطباء بزيادة الرواتب، وقالت إن الأطباء يهاجرون."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text)
                .containsExactly(
                        tuple("سهى الراشد", PERSON, "ممرضة في مخيم الهول", "الدواء نفد"),
                        tuple("سهى الراشد", PERSON, null, "نعالج الأطفال بما تبقى لدينا"),
                        tuple("العجيلي محمود القذافي", PERSON, "رئيس بلدية سرت", "الطرق أعيد فتحها"),
                        tuple("منظمة أطباء بلا حدود", ORGANISATION, null, "عياداتها أغلقت"),
                        tuple("مسؤول في الميناء", ANONYMOUS, null, "السفن لم تفرغ حمولتها"),
                        tuple("الناطق باسم الحكومة", ANONYMOUS, null, "الاجتماع أجل"),
                        tuple("لاجئاً سورياً وصل حديثاً", ANONYMOUS, null, "الحدود مغلقة"),
                        tuple("لاجئاً سورياً وصل حديثاً", ANONYMOUS, null, "لم نأكل منذ يومين"),
                        tuple("نقابة الأطباء", ORGANISATION, null, "الأطباء يهاجرون"));
    }

    @Test
    void readsTheFourthHeldOutSetsShapesInOtherWords() {
        List<Attribution> found = arabic.extract(List.of(
                "وتقول منى (اسم مستعار)، وهي ممرضة، إن الرواتب تأخرت.",
                "ويقول أبو حسن (60 عاماً)، وهو صياد، إن البحر تلوث.",
                "ووفقاً لتقرير صادر عن منظمة العفو الدولية، فإن السجون مكتظة.",
                // a given name the lexicon lacks before the one it has, at the end of a role
                "ويرى الباحث في جامعة البصرة نصير حسن أن المشكلة قديمة.",
                "«الماء مالح»، تقول نادية جواد، إحدى المزارعات في الفاو."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("منى", PERSON, "ممرضة"),
                        tuple("أبو حسن", PERSON, "صياد"),
                        tuple("منظمة العفو الدولية", ORGANISATION, null),
                        tuple("نصير حسن", PERSON, "الباحث في جامعة البصرة"),
                        tuple("نادية جواد", PERSON, "إحدى المزارعات في الفاو"));
    }

    @Test
    void goesOnWithAnUnnamedSourceByTheVerbAloneOrByItsNounAgain() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال المحامي فراس الدباغ إن الجلسة أجلت.",
                "وقال أحد الموقوفين، طالباً عدم الكشف عن اسمه، إن التحقيق استمر يومين.",
                "وتابع: «لم يسمحوا لنا بالاتصال بعائلاتنا».",
                "وقال مسؤول في المحافظة إن المعبر سيفتح.",
                "وأوضح المسؤول أن الشاحنات تنتظر منذ أسبوع."), List.of());

        assertThat(found).extracting(Attribution::source).containsExactly("فراس الدباغ", "أحد الموقوفين",
                "أحد الموقوفين", "مسؤول في المحافظة", "مسؤول في المحافظة");
    }

    @Test
    void readsTheSixthHeldOutSetsShapesInOtherWords() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال وزير الزراعة العراقي عباس جبر للصحفيين إن الموسم جيد.",
                "وتساءلت أم حسين، وهي مزارعة من ديالى: «من سيشتري القمح؟»",
                "وقالت المتحدثة باسم المفوضية السامية لشؤون اللاجئين أولغا سارادو إن العودة طوعية."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(
                        tuple("عباس جبر", "وزير الزراعة العراقي", "قال"),
                        tuple("أم حسين", "مزارعة من ديالى", "تساءلت"),
                        tuple("أولغا سارادو", "المتحدثة باسم المفوضية السامية لشؤون اللاجئين", "قالت"));
    }

    @Test
    void readsReportedWordsThatAreOneQuotationWholeAsQuoted() {
        List<Attribution> found = arabic.extract(List.of(
                "وترى الناشطة سلمى الحسن أن «الصمت لم يعد ممكناً».",
                "وقال المحامي خالد يوسف إن القرار «غير قانوني» ويجب إلغاؤه."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::text)
                .containsExactly(tuple("سلمى الحسن", DIRECT, "الصمت لم يعد ممكناً"),
                        tuple("خالد يوسف", INDIRECT, "القرار «غير قانوني» ويجب إلغاؤه"));
    }

    @Test
    void leavesWhenABodySpokeOutOfItsNameAndAWithholdingClauseOutOfTheWords() {
        List<Attribution> found = arabic.extract(List.of(
                "وأكدت وزارة الصحة يوم الأحد أن اللقاح متوفر.",
                "وبحسب ما قاله موظف في البلدية، فضّل عدم ذكر اسمه، فإن المشروع توقف.",
                "وقال مهاجر أفرج عنه الأسبوع الماضي إن الحراس ضربوه."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("وزارة الصحة", "اللقاح متوفر"), tuple("موظف في البلدية", "المشروع توقف"),
                        tuple("مهاجر أفرج عنه الأسبوع الماضي", "الحراس ضربوه"));
    }

    @Test
    void readsANameTheLexiconLacksAfterATitleJoinedToWhatItHeads() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال نقيب المحامين ملحم خلف إن الإضراب مستمر.",
                "وقال رئيس بلدية المدينة إن الطرق مغلقة."), List.of());

        // the second names no one: a town's head, described whole, not a name cut from the description
        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("ملحم خلف", "نقيب المحامين"), tuple("رئيس بلدية المدينة", null));
    }

    @Test
    void keepsWhatSomeoneWasDoingOutOfTheRoleAndAQuestionsMarkInItsWords() {
        List<Attribution> found = arabic.extract(List.of(
                "«أين سنذهب؟»، تسأل سعاد، وهي تحمل طفلها.",
                "«الأرض لم تعد تنتج»، يقول حسن، وهو يقلب التراب بيده.",
                "«لن نغادر»، تقول ريم، وهي تاجرة في السوق القديم."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("سعاد", null, "أين سنذهب؟"), tuple("حسن", null, "الأرض لم تعد تنتج"),
                        tuple("ريم", "تاجرة في السوق القديم", "لن نغادر"));
    }

    @Test
    void leavesPluralGroupsTheAuthorAndSentencesWithoutSpeechAlone() {
        List<Attribution> found = arabic.extract(List.of(
                "ويقول مزارعون إن الموسم ضاع.",
                "ويرى المراقبون أن الانتخابات ستؤجل.",
                "وقال كريم العاني إن الطريق مغلق.",
                "قال الشاعر قديماً ما قال، وذكر التقرير الأرقام كلها."), List.of("كريم العاني"));

        assertThat(found).isEmpty();
    }

    @Test
    void foldsShortVowelsAndAlefsButGivesTheWordsAsWritten() {
        List<Attribution> found = arabic.extract(List.of(
                "وأكّدَ إبراهيمُ السامرائي أنّ الأسعارَ ارتفعت.",
                "وقال ابراهيم: \"لن نستسلم\"."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("إبراهيمُ السامرائي", "أكّدَ", "الأسعارَ ارتفعت"),
                        tuple("إبراهيمُ السامرائي", "قال", "لن نستسلم"));
        assertThat(SourceNames.key("إبراهيمُ السامرائي")).isEqualTo(SourceNames.key("ابراهيم السامرائي"));
    }

    @Test
    void splitsSentencesOutsideQuotationMarksOnly() {
        assertThat(ArabicScript.sentences("قال: «أين نذهب؟ لا مكان لنا». ثم غادر. وعاد مساءً!"))
                .containsExactly("قال: «أين نذهب؟ لا مكان لنا»", "ثم غادر", "وعاد مساءً");
    }

    @Test
    void aParagraphThatIsOnlyAQuoteGoesOnWithThePersonOfTheParagraphBefore() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال الطبيب سامي الحسن إن المستشفى يعمل بنصف طاقته.",
                "«لا نملك وقوداً للمولدات أكثر من يومين».",
                "«لا نملك وقوداً للمولدات أكثر من يومين»."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::cue, Attribution::paragraph)
                .containsExactly(tuple("سامي الحسن", INDIRECT, "قال", 0), tuple("سامي الحسن", DIRECT, null, 1),
                        tuple("سامي الحسن", DIRECT, null, 2));
        // only after a person's words: a quote alone after a paragraph that quotes no one is no one's
        assertThat(arabic.extract(List.of("يعاني السكان من نقص الوقود.", "«لا نملك وقوداً»."), List.of())).isEmpty();
    }

    @Test
    void readsASpokespersonNamedOnlyByWhomTheySpeakForAndThatPersonAgain() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال المتحدث باسم مفوضية اللاجئين في لبنان إن التمويل لا يغطي سوى ربع الحاجات.",
                "«سنضطر إلى إغلاق مراكز صحية»، أضاف المتحدث."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::kind)
                .containsExactly(tuple("المتحدث باسم مفوضية اللاجئين في لبنان", ANONYMOUS, INDIRECT),
                        tuple("المتحدث باسم مفوضية اللاجئين في لبنان", ANONYMOUS, DIRECT));
    }

    @Test
    void readsTheThirteenthRoundsShapesInOtherWords() {
        assertThat(arabic.extract(List.of(
                "وبحسب تقديرات منظمة الصحة العالمية، فإن نصف المستشفيات في المحافظة خارج الخدمة.",
                "قال خالد الجاسم، الذي يدير صيدلية في السوق، إن الأدوية المهربة تملأ الرفوف.",
                "وقالت المهندسة ليلى الحسن، التي تعمل مع منظمة محلية، إن الطرق لم تصلح منذ سنوات."), List.of()))
                .extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("منظمة الصحة العالمية", null, "نصف المستشفيات في المحافظة خارج الخدمة"),
                        // a clause about the person is the role when nothing else is
                        tuple("خالد الجاسم", "الذي يدير صيدلية في السوق", "الأدوية المهربة تملأ الرفوف"),
                        // a title before the name says more
                        tuple("ليلى الحسن", "المهندسة", "الطرق لم تصلح منذ سنوات"));
    }
    @Test
    void readsWhereTheWordsWereSaidOpeningTheSentence() {
        List<Attribution> found = arabic.extract(List.of(
                "وفي تصريح للصحفيين، قال محافظ نينوى، عبد القادر الدخيل، إن الجسر سيفتتح الشهر المقبل.",
                "خلال مؤتمر صحفي في عمّان، أكدت وزيرة التنمية الاجتماعية وفاء بني مصطفى أن الدعم سيستمر."),
                List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("عبد القادر الدخيل", "محافظ نينوى"),
                        tuple("وفاء بني مصطفى", "وزيرة التنمية الاجتماعية"));
    }

    @Test
    void readsAccordingToWhatSomeoneSaidAfterTheWordsAndANameTheLexiconLacksAfterARole() {
        List<Attribution> found = arabic.extract(List.of(
                "«لم نعد نجد زبائن»، بحسب ما ذكرته سلمى، وهي بائعة خضار في السوق.",
                "وقال أستاذ الاقتصاد ضرغام الساعدي إن الأسعار سترتفع.",
                "وقال طبيب مستشفى غزة الأوروبي إن الأدوية نفدت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::cue)
                .containsExactly(
                        tuple("سلمى", PERSON, "بائعة خضار في السوق", "بحسب ما ذكرته"),
                        tuple("ضرغام الساعدي", PERSON, "أستاذ الاقتصاد", "قال"),
                        // a body's name after the occupation, without an article before it, names no one
                        tuple("طبيب مستشفى غزة الأوروبي", ANONYMOUS, null, "قال"));
    }

    @Test
    void readsAWitnessByPseudonymAClosingPleaAndAVerbAfterWhile() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت الشاهدة، التي أدلت بشهادتها باسم مستعار هو «أم سارة»، إن الحراس كانوا ملثمين.",
                "وفي مرافعتها الختامية، شددت المحامية ليلى الحسن على أن موكلها بريء.",
                "وارتفعت الأسعار، بينما قال وزير التجارة أحمد الراوي إن المخزون يكفي."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("أم سارة", "الشاهدة", "الحراس كانوا ملثمين"),
                        tuple("ليلى الحسن", "المحامية", "موكلها بريء"),
                        tuple("أحمد الراوي", "وزير التجارة", "المخزون يكفي"));
    }

    @Test
    void readsANameTheLexiconLacksSetApartAWitnessByCodeAndAHumanRightsLawyer() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت مديرة المنظمة، نرمين الكبيسي، إن التمويل توقف.",
                "وقال الشاهد الذي عرفته المحكمة بالرمز «ب-12» إن الحراس ضربوه.",
                "وأضاف الشاهد أن الزنزانة كانت مظلمة.",
                "وقال أنور الخطيب إن التوقيع مزور.",
                "ويرى الحقوقي العراقي سرمد البياتي أن المحاكمة سياسية.",
                "وقال المتحدث، مساء الأحد، إن الاجتماع تأجل."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(
                        tuple("نرمين الكبيسي", "مديرة المنظمة", "التمويل توقف"),
                        tuple("ب-12", "الشاهد", "الحراس ضربوه"),
                        tuple("ب-12", null, "الزنزانة كانت مظلمة"),
                        tuple("أنور الخطيب", null, "التوقيع مزور"),
                        tuple("سرمد البياتي", "الحقوقي العراقي", "المحاكمة سياسية"),
                        tuple("المتحدث", null, "الاجتماع تأجل"));
    }

    @Test
    void readsAnAttorneyForOthersAndARelativeBeforeTheirNames() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال أحمد حداد، وكيل المتهمين، إن الأدلة ضعيفة.",
                "وقالت شقيقة المعتقل، نسرين حلبي، إن أخاها بريء."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("أحمد حداد", "وكيل المتهمين"), tuple("نسرين حلبي", "شقيقة المعتقل"));
    }

    @Test
    void readsWhereSomeoneSpokeOrPostedWhomTheyRepresentAndANameWithheldWithoutAComma() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال النائب عن قضاء الحويجة شوان داودي إن الموازنة ناقصة.",
                "وغرّدت الوزيرة هيفاء الأمين على حسابها في منصة إكس أن القرار نهائي.",
                "وقال الوزير علي حسين أثناء جلسة البرلمان إن الرواتب ستصرف.",
                "«الرواتب لا تكفي»، قالت معلمة في مدرسة حكومية فضلت عدم ذكر اسمها."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::sourceKind)
                .containsExactly(tuple("شوان داودي", "النائب عن قضاء الحويجة", PERSON),
                        tuple("هيفاء الأمين", "الوزيرة", PERSON),
                        tuple("علي حسين", "الوزير", PERSON),
                        tuple("معلمة في مدرسة حكومية", null, ANONYMOUS));
    }

    @Test
    void readsWhatARallyAndAMoroccanStatementAreNoPartOfWho() {
        List<Attribution> found = arabic.extract(List.of(
                "وأكد رئيس الحزب نزار بركة خلال مهرجان خطابي في مراكش أن الحكومة فشلت.",
                "وأعلنت وزارة الصحة في بلاغ أن الحملة ستبدأ الأسبوع المقبل."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("نزار بركة", PERSON), tuple("وزارة الصحة", ORGANISATION));
    }

    @Test
    void readsByWhatMeansItWasSaidAsNoPartOfWho() {
        List<Attribution> found = arabic.extract(List.of(
                "«الوضع لا يطاق»، قال لـIWPR أحد المسعفين في أم درمان عبر تطبيق واتساب."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("أحد المسعفين في أم درمان", ANONYMOUS));
    }

    @Test
    void readsABodysReportJoinedToItsNameAndAWifeUnnamed() {
        List<Attribution> found = arabic.extract(List.of(
                "وذكر تقرير البنك الدولي أن النمو سيتباطأ.",
                "«لم يعد زوجي منذ أسبوع»، قالت زوجة أحد الصيادين في البصرة."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("البنك الدولي", ORGANISATION), tuple("زوجة أحد الصيادين في البصرة", ANONYMOUS));
    }

    @Test
    void readsABodyWhoseOwnStatementOrReportItSpeaksIn() {
        List<Attribution> found = arabic.extract(List.of(
                "وقالت وزارة الصحة في بيانها إن عدد الإصابات ارتفع.",
                "وأكد المرصد السوري لحقوق الإنسان في تقريره الشهري أن القصف استمر.",
                "وقالت منظمة العفو الدولية في رسالتها إلى الحكومة إن المعتقلين حرموا من المحامين."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("وزارة الصحة", ORGANISATION), tuple("المرصد السوري لحقوق الإنسان", ORGANISATION),
                        tuple("منظمة العفو الدولية", ORGANISATION));
    }

    @Test
    void readsABankNamedAsTheLevantAndIraqNameOne() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال مصرف الرافدين إن الرواتب ستصرف الأسبوع المقبل."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("مصرف الرافدين", ORGANISATION));
    }

    @Test
    void learnsAPersonASentenceNamesWithoutWordsForTheSurnameAloneLater() {
        List<Attribution> found = arabic.extract(List.of(
                "يعمل أحمد الخطيب نجاراً في الموصل منذ ثلاثين عاماً.",
                "\"الخشب صار غالياً\"، يقول الخطيب."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("أحمد الخطيب", "الخشب صار غالياً"));
    }

    @Test
    void learnsAServantsNameOfTwoWordsWithItsFamilyNameAndARelationSetApartAsARole() {
        List<Attribution> found = arabic.extract(List.of(
                "يدير عبد الرحمن العلي، 52 عاماً، مخبزاً صغيراً في حمص.",
                "ويتذكر العلي أن المدينة كانت تستهلك ضعف الخبز قبل الحرب.",
                "وقالت فاطمة، زوجته، إن الطحين صار أغلى من أي وقت مضى."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::cue)
                .containsExactly(tuple("عبد الرحمن العلي", null, "يتذكر"), tuple("فاطمة", "زوجته", "قالت"));
        // without a family name after it, the servant's name is its two words
        assertThat(arabic.extract(List.of("عبد الله يبيع الخضار في سوق الحميدية.", "وأضاف أن الأسعار ارتفعت."),
                List.of())).extracting(Attribution::source).containsExactly("عبد الله");
    }
    @Test
    void readsAPresenterSetApartBeforeHerNameAfterTheVerb() {
        assertThat(arabic.extract(List.of("وقالت مقدمة نشرة الأخبار في القناة، هدى سالم، إن التصوير ممنوع قرب المطار."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("هدى سالم", "مقدمة نشرة الأخبار في القناة"));
    }

    @Test
    void readsANameTheLexiconLacksAfterATitleJoinedToAChainOfNouns() {
        // the chain ends at its first word with the article; a word without it and a family name with it are the name
        assertThat(arabic.extract(List.of("وأكد مدير دائرة البيئة ضرغام الكعبي أن النهر ملوث."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("ضرغام الكعبي", "مدير دائرة البيئة"));
        // a chain that ends in a place, or goes on with a preposition, names no one
        assertThat(arabic.extract(List.of("وقال رئيس مجلس محافظة البصرة إن المشاريع توقفت.",
                        "وقال عضو مجلس النواب عن ائتلاف النصر إن المشاريع توقفت."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("رئيس مجلس محافظة البصرة", ANONYMOUS),
                        tuple("عضو مجلس النواب عن ائتلاف النصر", ANONYMOUS));
    }

    @Test
    void setsApartAClauseAboutAPersonNamedWithoutACommaBeforeIt() {
        assertThat(arabic.extract(List.of(
                        "وقال الصياد علي الموسوي الذي يعمل في شط العرب منذ ثلاثين عاماً إن السمك اختفى.",
                        "وقالت المنظمة التي تدير المخيم إن المياه نفدت."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("علي الموسوي", PERSON, "الصياد"),
                        tuple("المنظمة التي تدير المخيم", ORGANISATION, null));
    }

    @Test
    void givesNoRoleForANoteThatTheNameIsNotTheOwn() {
        assertThat(arabic.extract(List.of("\"كنت أخاف أن أشتكي\"، قالت نور، وهو اسم مستعار."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("نور", null));
    }

    @Test
    void endsAChainOfNounsAtAPlaceWithoutTheArticleBeforeANameTheLexiconLacks() {
        List<Attribution> found = arabic.extract(List.of(
                "وقال مدير تربية ديالى ريبوار شاويس إن المدارس ستفتح الأحد.",
                "وقال محافظ كركوك كاوه جبار إن الطريق سيفتح غداً.",
                "وأكد المتحدث باسم مجلس محافظة دهوك هيمن بختيار أن المخيمات مكتظة.",
                // a place and nothing after it: the spokesman is unnamed
                "وقال المتحدث باسم حكومة إقليم كردستان إن الرواتب ستصرف."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("ريبوار شاويس", PERSON, "مدير تربية ديالى"),
                        tuple("كاوه جبار", PERSON, "محافظ كركوك"),
                        tuple("هيمن بختيار", PERSON, "المتحدث باسم مجلس محافظة دهوك"),
                        tuple("المتحدث باسم حكومة إقليم كردستان", ANONYMOUS, null));
    }

    @Test
    void readsAShrinesAdministrationAsABody() {
        assertThat(arabic.extract(List.of("وأعلنت العتبة العباسية أن الطريق إلى المرقد سيفتح صباحاً."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("العتبة العباسية", ORGANISATION));
    }

    @Test
    void leavesATitleOfAddressBetweenARoleAndTheNameOutOfTheRole() {
        assertThat(arabic.extract(List.of("وقالت مديرة مستشفى البصرة الدكتورة زينب الخفاجي إن الأدوية نفدت."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("زينب الخفاجي", "مديرة مستشفى البصرة"));
    }

    @Test
    void readsTheNameAfterARankThatFollowsARoleAndKeepsTheRank() {
        assertThat(arabic.extract(List.of("وقال قائد شرطة ميسان العميد كاظم الساعدي إن الطريق آمن."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("كاظم الساعدي", PERSON, "قائد شرطة ميسان العميد"));
    }

    @Test
    void learnsAKunyaDescribedWithoutWordsAndReadsARelationBeforeAKunya() {
        assertThat(arabic.extract(List.of("يعمل أبو سعيد، وهو خباز من حي الكرادة، منذ الفجر.",
                        "وقال: \"الطحين صار غالياً\".",
                        "وقالت زوجته، أم سعيد، إنها تساعده في البيع."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(
                        tuple("أبو سعيد", "خباز من حي الكرادة"), tuple("أم سعيد", "زوجته"));
    }

    @Test
    void readsTheWordsThatCloseWhatSomeoneSaid() {
        assertThat(arabic.extract(List.of("وقالت الطبيبة سارة علي إن المستشفى مكتظ.",
                        "واختتمت حديثها بالقول: «نحتاج إلى أطباء».",
                        "وختم المهندس كريم حسن كلامه بالقول: \"الجسر سيفتح في الربيع\"."), List.of()))
                .extracting(Attribution::source, Attribution::kind, Attribution::text).containsExactly(
                        tuple("سارة علي", INDIRECT, "المستشفى مكتظ"), tuple("سارة علي", DIRECT, "نحتاج إلى أطباء"),
                        tuple("كريم حسن", DIRECT, "الجسر سيفتح في الربيع"));
    }

    @Test
    void givesTheFirstWordsTheRoleNamedRightBeforeAGivenNameWithoutWords() {
        // what he does, before his name, in a sentence of no words; then "وقال:"
        assertThat(arabic.extract(List.of("يفتح الميكانيكي علي الكعبي ورشته كل صباح في حي الزهور.",
                        "وقال: \"الخشب المستورد صار حلما\"."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("علي الكعبي", "الميكانيكي"));
        // whose she is, before her given name, and a verb of hers after it that is no part of her name
        assertThat(arabic.extract(List.of("زوجته مريم تبيع الخبز أمام البيت.",
                        "وقالت مريم إن الطحين ارتفع سعره مرتين هذا العام."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("مريم", "زوجته"));
    }

    @Test
    void learnsANameAfterATitleOfAddressThatTheListsDoNotKnow() {
        assertThat(arabic.extract(List.of("يبيع الحاج عباد الشمري التمر في سوق الشيوخ منذ ثلاثين عاما.",
                        "وقال: \"النخيل عطشان\"."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("عباد الشمري", null));
    }

    @Test
    void learnsAFathersNameAndARelationSetApartBeforeANameTheListsDoNotKnow() {
        assertThat(arabic.extract(List.of("تدير هيفاء عبد الرحمن مشغلا للخياطة في الحلة.",
                        "وقالت: \"نعمل بلا كهرباء نصف اليوم\"."), List.of()))
                .extracting(Attribution::source).containsExactly("هيفاء عبد الرحمن");
        assertThat(arabic.extract(List.of("شقيقها، ريبوار حسن، يعمل سائقا.",
                        "وقال ريبوار إن الطريق إلى السليمانية مغلق."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("ريبوار حسن", "شقيقها"));
    }

    @Test
    void learnsWhatSomeoneIsSetApartBeforeTheNameAndTheFamilyNameAloneLater() {
        assertThat(arabic.extract(List.of("مدير مدرسة النور، محمود سلمان، افتتح صفا جديدا للبنات.",
                        "وقال سلمان: \"عدد الطالبات تضاعف هذا العام\"."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("محمود سلمان", "مدير مدرسة النور"));
    }

    @Test
    void learnsARelationOfARelationBeforeAGivenNameThatClosesTheSentence() {
        assertThat(arabic.extract(List.of("يبيع فاضل الجبوري الخضار في سوق الشورجة.",
                        "ويساعده ابن أخيه علي.",
                        "ويقول علي إن الأسعار ارتفعت كثيرا."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("علي", "ابن أخيه"));
    }

    @Test
    void learnsARelationAndAGivenNameSetApartFromTheClauseAfterIt() {
        assertThat(arabic.extract(List.of("أما شقيقه سالم، فقد هاجر إلى تركيا.",
                        "وقال سالم إن العمل هناك أصعب مما توقع."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("سالم", "شقيقه"));
    }

    @Test
    void readsATradeThatIsAlsoAFamilyNameWithTheArticleBeforeANameAsTheRole() {
        assertThat(arabic.extract(List.of("وقال الخباز سعدون فالح إن سعر الطحين تضاعف."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("سعدون فالح", "الخباز"));
    }

    @Test
    void leavesASheikhsOrAPilgrimsTitleOutOfTheRole() {
        assertThat(arabic.extract(List.of("وقال مختار القرية الحاج علي حسن إن الطريق مقطوع منذ أسبوع."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("علي حسن", "مختار القرية"));
    }

    @Test
    void readsARelationWithItsPossessiveBeforeAGivenNameAsTheRole() {
        assertThat(arabic.extract(List.of("أما عريسها علي، فقال إنه سيبحث عن عمل في بغداد."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("علي", "عريسها"));
    }

    @Test
    void readsACapitalsMunicipalityAsABody() {
        assertThat(arabic.extract(List.of("وقالت أمانة عمان إنها ستفتح حديقة جديدة."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(tuple("أمانة عمان", ORGANISATION));
    }

    @Test
    void readsABarberBeforeANameAsTheRole() {
        assertThat(arabic.extract(List.of("ويقول الحلاق هاشم زبون إن الأسعار ارتفعت."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("هاشم زبون", "الحلاق"));
    }

    @Test
    void joinsWhomSomeoneIsToAnotherAndWhatIsSetApartAfterTheirNameInTheRole() {
        assertThat(arabic.extract(List.of("وقالت جارتها سعاد، وهي معلمة متقاعدة، إن الحي تغير كثيراً."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سعاد", "جارتها، معلمة متقاعدة"));
        assertThat(arabic.extract(List.of("وقالت جارتها سعاد، التي تسكن هنا منذ ثلاثين عاماً، إن الحي تغير كثيراً."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("سعاد", "جارتها"));
    }

    @Test
    void readsTwoUnlistedWordsAfterWhatSomeoneIsAsTheirName() {
        assertThat(arabic.extract(List.of("وقالت المصورة آيات قدورة إن المسرح مغلق منذ شهرين.",
                        "وتقول الممثلة آلاء نجم: «المسرح يعيش رغم كل شيء»."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("آيات قدورة", "المصورة"), tuple("آلاء نجم", "الممثلة"));
    }

    @Test
    void joinsWhatSomeoneDoesBeforeTheNameAndWhatTheyAreAfterIt() {
        assertThat(arabic.extract(List.of("قال المزارع سامي الكبيسي، عضو جمعية الفلاحين في الموصل، إن الحصاد تأخر."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سامي الكبيسي", "المزارع، عضو جمعية الفلاحين في الموصل"));
    }

    @Test
    void readsASentenceOpenedByWhileAsOneOfItsOwn() {
        assertThat(arabic.extract(List.of("بينما قال موظف في البلدية إن الطريق مغلق."), List.of()))
                .extracting(Attribution::source, Attribution::text).containsExactly(tuple("موظف في البلدية", "الطريق مغلق"));
    }

    @Test
    void joinsWhatSomeoneDoesBeforeANameSetApartToWhatTheyAre() {
        assertThat(arabic.extract(List.of("وقال مدير المتحف، الخطاط أحمد الزيدي، إن عدد الزوار تضاعف."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("أحمد الزيدي", "مدير المتحف، الخطاط"));
        assertThat(arabic.extract(List.of("وقال رئيس الفرقة، العازف علي حسن، إن الحفل تأجل."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("علي حسن", "رئيس الفرقة، العازف"));
    }

    @Test
    void leavesOutWhatTheSpeakerWasDoingAfterTheVerb() {
        assertThat(arabic.extract(List.of("قالت سلمى الحسن إن المدرسة مغلقة.",
                        "\"لن نستسلم\"، أضافت وهي تضحك."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("سلمى الحسن", "المدرسة مغلقة"), tuple("سلمى الحسن", "لن نستسلم"));
    }

    @Test
    void readsAnAuthorityAsABody() {
        assertThat(arabic.extract(List.of("وقالت سلطة الطيران المدني إنها ستفتح المطار الأسبوع المقبل."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("سلطة الطيران المدني", ORGANISATION));
    }

    @Test
    void leavesOutHowSomethingWasSaidAfterTheVerb() {
        assertThat(arabic.extract(List.of("قال كريم العلي إن السوق مغلق.", "\"سنعود غداً\"، أضاف بغضب."), List.of()))
                .extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("كريم العلي", "السوق مغلق"), tuple("كريم العلي", "سنعود غداً"));
    }

    @Test
    void readsAKeeperBeforeANameSetApartAsTheRole() {
        assertThat(arabic.extract(List.of("وقال ناظر المدرسة، سليم عودة، إن الصفوف مكتظة."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سليم عودة", "ناظر المدرسة"));
    }

    @Test
    void readsANameAfterInAsAPlaceAndTheNameSetApartAsThePerson() {
        assertThat(arabic.extract(List.of("وقال مدير مخيم في عين عيسى، جوان حسن، إن الخيام لا تقي من البرد."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("جوان حسن", "مدير مخيم في عين عيسى"));
    }

    @Test
    void learnsAKunyaAfterATradeWithoutTheWordAfterIt() {
        assertThat(arabic.extract(List.of("يقف الحلاق أبو علي خلف كرسيه القديم منذ الصباح.",
                        "ويقول إن الزبائن قلّوا هذا الشتاء."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("أبو علي", "الحلاق"));
    }

    @Test
    void leavesOutWhatTheSpeakerWasDoingWithAPresentVerbOfThreeLetters() {
        assertThat(arabic.extract(List.of("\"البحر لا يرحم أحداً\"، يقول سالم حسن وهو يشد الحبل إلى القارب."),
                        List.of()))
                .extracting(Attribution::source)
                .containsExactly("سالم حسن");
    }

    @Test
    void readsANameSetApartAfterWhatReadsAsABodyAsThatPersonsRole() {
        assertThat(arabic.extract(List.of("وتقول منظمة المهرجان، سلمى حداد، إن التذاكر نفدت في يوم واحد."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سلمى حداد", "منظمة المهرجان"));
    }

    @Test
    void readsAGivenNameTheListsLackBeforeAFathersServantsNameAfterTheRole() {
        assertThat(arabic.extract(List.of("ويقول الحداد رجب عبد الرحيم إن الطلب على الأبواب الحديدية تراجع."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("رجب عبد الرحيم", "الحداد"));
    }

    @Test
    void leavesWhenItWasSaidAfterTheNameOutOfWho() {
        assertThat(arabic.extract(List.of("وقال المحامي سامر الجبوري عقب الجلسة إن موكله سيستأنف الحكم."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سامر الجبوري", "المحامي"));
    }

    @Test
    void readsSomeoneNamedOnlyByTheirOfficeWithTheArticleAsUnnamed() {
        assertThat(arabic.extract(List.of("وقالت القاضية إن الحكم سيصدر الأسبوع المقبل.",
                        "وأوضح المحقق الفرنسي أن الملف اكتمل.", "وقال رئيس البلدية إن الطريق سيفتح غداً."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("القاضية", ANONYMOUS), tuple("المحقق الفرنسي", ANONYMOUS),
                        tuple("رئيس البلدية", ANONYMOUS));
    }

    @Test
    void givesWordsAfterASecondVerbToTheFirstVerbsSubject() {
        assertThat(arabic.extract(List.of("واعترض المحامي العام على الطلب، وأضاف أن الشهود لم يُستدعوا.",
                        "وأنكرت سعاد الخفاجي استلام المبالغ المالية المذكورة، وقالت أمام القاضي: \"لم أوقع على شيء\".",
                        "ونفى الطبيب الشرعي ما ورد في التقرير الأول، وقال إن الوفاة طبيعية.",
                        "ورفض المتهم السؤال، وقال: \"لا أتذكر\".",
                        // a noun opens the sentence, and the one it names is no subject of a verb before "وقال"
                        "وشقيق المتهم حضر الجلسة، وقال إن أخاه بريء."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(tuple("المحامي العام", ANONYMOUS, "أضاف"),
                        tuple("سعاد الخفاجي", PERSON, "قالت"), tuple("الطبيب الشرعي", ANONYMOUS, "قال"),
                        tuple("المتهم", ANONYMOUS, "قال"));
    }

    @Test
    void readsAKunyaWithAGivenNameTheListsLackAsAPersonDescribedAfterIt() {
        assertThat(arabic.extract(List.of("وقالت أم نعيم، وهي خياطة منذ ثلاثين عاماً: \"العمل لم يعد يكفي\"."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("أم نعيم", PERSON, "خياطة منذ ثلاثين عاماً"));
    }

    @Test
    void readsAFathersKunyaWhoseSonsNameTheListsLack() {
        assertThat(arabic.extract(List.of("يقضي أبو نعيم يومه على الرصيف منذ الفجر.",
                        "ويقول إن الزبائن قلوا هذا الشتاء."), List.of()))
                .extracting(Attribution::source).containsExactly("أبو نعيم");
        assertThat(arabic.extract(List.of("وقال أبو شوقي إن الطريق مغلق منذ يومين."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind).containsExactly(tuple("أبو شوقي", PERSON));
    }

    @Test
    void learnsAPorterNamedAfterHisTradeAsTheRoleOfHisFirstWords() {
        assertThat(arabic.extract(List.of("يدفع الحمال كريم حسون عربته في سوق الغزل كل صباح.",
                        "ويقول: \"العمل قليل هذا العام\"."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("كريم حسون", "الحمال"));
    }

    @Test
    void learnsWhatSomeoneDoesAndOfWhatJoinedBeforeTheNameAsTheRole() {
        assertThat(arabic.extract(List.of("يجلس بائع الخبز أبو علي أمام فرنه منذ الفجر.",
                        "ويقول إن الطحين صار غالياً."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("أبو علي", "بائع الخبز"));
    }

    @Test
    void readsATradeWithTheDecadeOfAnAgeAsSomeoneAlreadyQuoted() {
        assertThat(arabic.extract(List.of("يعمل سمير خوري في دكانه في حي الميدان منذ ثلاثين عاماً.",
                        "ويؤكد خوري أن الزبائن قلوا.", "ويقول الإسكافي الخمسيني: \"الجلد صار أغلى من الذهب\"."),
                List.of())).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("سمير خوري", PERSON), tuple("سمير خوري", PERSON));
    }

    @Test
    void learnsAManNamedAfterTheVerbOfASentenceWithoutWordsByACommonIraqiGivenName() {
        // "ستار" opens a name the lists now know; the word after it, no verb, is the family name
        assertThat(arabic.extract(List.of("في سوق الشورجة ببغداد، يبيع ستار عواد التوابل منذ ثلاثين عاماً.",
                        "ويقول عواد إن الهيل صار غالياً."), List.of()))
                .extracting(Attribution::source, Attribution::kind).containsExactly(tuple("ستار عواد", INDIRECT));
    }

    @Test
    void readsAKeeperOfPigeonsAsATradeThatRefersBackWithAnAge() {
        assertThat(arabic.extract(List.of("يطلق أبو علي حمامه كل صباح من سطح بيته في الكاظمية.",
                        "ويقول المطيرجي الستيني إن الحمام يعود قبل الغروب."), List.of()))
                .extracting(Attribution::source).containsExactly("أبو علي");
    }

    @Test
    void readsATradeOfSomethingWithTheDecadeOfAnAgeAsSomeoneAlreadyNamed() {
        assertThat(arabic.extract(List.of("قرب محطة الحافلات في حلب، يجلس أبو خليل كل صباح.",
                        "ويقول ماسح الأحذية الستيني إن العمل قل في الشتاء."), List.of()))
                .extracting(Attribution::source).containsExactly("أبو خليل");
    }

    @Test
    void takesAKunyaNamedBeforeAsTheWholeNameBeforeWhatTheVerbTook() {
        assertThat(arabic.extract(List.of("في سوق الشورجة يفتح البنشرجي أبو حسن محله كل صباح.",
                        "تعلم أبو حسن الصنعة من عمه.", "ويقول: \"الإطارات الصينية لا تدوم\"."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("أبو حسن", "البنشرجي"));
    }

    @Test
    void endsAGivenNameBeforeAWordOfWhenAndReadsATradeThatIsAFamilyNameTooBeforeANameAsTheRole() {
        assertThat(arabic.extract(List.of("ويساعده في الورشة ابن أخيه كريم منذ سنتين.",
                        "ويقول كريم: \"العمل قليل هذا الشتاء\"."), List.of()))
                .extracting(Attribution::source).containsExactly("كريم");
        assertThat(arabic.extract(List.of("في سوق الحميدية يجلس الساعاتي أبو فادي خلف طاولة صغيرة.",
                        "ويقول أبو فادي إن الساعات القديمة أمتن."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("أبو فادي", "الساعاتي"));
    }

    @Test
    void readsAPupilOrAColleagueBeforeAGivenNameAsTheRole() {
        assertThat(arabic.extract(List.of("ويساعده في الورشة زميله كريم.", "ويقول كريم إن العمل قليل هذا الشتاء."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("كريم", "زميله"));
    }

    @Test
    void readsAGivenNameBeforeAPrepositionAfterWhoseRelationThePersonIs() {
        assertThat(arabic.extract(List.of("وتساعده ابنته مريم في تغليف الحلوى.", "وتقول مريم إن الطلب يزيد في العيد."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("مريم", "ابنته"));
    }

    @Test
    void readsWhichChildARelationIsAndNoNounInTaMarbutaAsAFamilyName() {
        assertThat(arabic.extract(List.of("يعمل خليل حداد في ورشة صغيرة.", "وتتعلم ابنته الصغرى زينب الخياطة منذ عام.",
                        "وقالت زينب: \"أحب أن أخيط الفساتين\"."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("زينب", "ابنته الصغرى"));
    }

    @Test
    void readsTheCommonGivenNamesOfYemenIraqAndTheLevant() {
        assertThat(arabic.extract(List.of("يبيع حمود الريمي البن في سوق الملح.",
                        "ويقول الريمي إن سعر الكيس تضاعف هذا العام."), List.of()))
                .extracting(Attribution::source).containsExactly("حمود الريمي");
        assertThat(arabic.extract(List.of("يبيع جبار الساعدي السمك في سوق البصرة.",
                        "ويقول الساعدي إن الصيد قل هذا العام."), List.of()))
                .extracting(Attribution::source).containsExactly("جبار الساعدي");
    }
}
