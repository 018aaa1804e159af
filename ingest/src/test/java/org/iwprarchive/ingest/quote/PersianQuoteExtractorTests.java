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
 * The shapes of Persian and Dari attributions, each in words none of the labelled texts use: who the source is, of
 * what kind, in what role, by what cue, and what was said.
 */
class PersianQuoteExtractorTests {

    private final PersianQuoteExtractor persian = new PersianQuoteExtractor();

    @Test
    void aQuoteClosingAfterItsOwnStopEndsTheSentenceUnlessItOpenedIt() {
        List<Attribution> found = persian.extract(List.of(
                "احمد شاه، نانوا، می‌گوید: «آرد هر هفته گران‌تر می‌شود.» او افزود که مشتریان نان کمتری می‌خرند.",
                "«دیگر کسی به ما قرض نمی‌دهد.» این را زرغونه، خیاط در جلال‌آباد، به IWPR گفت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::kind, Attribution::cue, Attribution::text)
                .containsExactly(tuple("احمد شاه", DIRECT, "می‌گوید", "آرد هر هفته گران‌تر می‌شود"),
                        tuple("احمد شاه", INDIRECT, "افزود", "مشتریان نان کمتری می‌خرند"),
                        tuple("زرغونه", DIRECT, "به IWPR گفت", "دیگر کسی به ما قرض نمی‌دهد"));
    }

    @Test
    void readsAnInstituteWithItsHamzaWrittenOrNotAndAMusicianBeforeTheVerb() {
        List<Attribution> found = persian.extract(List.of(
                "به گفته مؤسسه مطالعات استراتژیک، بیش از نیمی از هنرمندان کشور را ترک کرده‌اند.",
                "«دیگر کسی ساز نمی‌خرد»، کریم، نوازنده دنبوره در مزار شریف، گفت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("مؤسسه مطالعات استراتژیک", ORGANISATION, null),
                        tuple("کریم", PERSON, "نوازنده دنبوره در مزار شریف"));
    }

    @Test
    void readsTheNameSetApartAfterWhatSomeoneIsAfterAccordingTo() {
        List<Attribution> found = persian.extract(List.of(
                "به گفته رئیس شفاخانه ولایتی هرات، محمد نعیم، بخش اطفال از ظرفیتش بیشتر بیمار دارد.",
                // a body's words that open with a name, and words said about someone named
                "به گفته وزارت صحت عامه، محمد نعیم، رئیس شفاخانه، از کار برکنار شده است.",
                "به گفته سخنگوی پولیس، احمد رحیمی به زندان رفت، اما برادرش آزاد شد."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::text)
                .containsExactly(tuple("محمد نعیم", "رئیس شفاخانه ولایتی هرات", "بخش اطفال از ظرفیتش بیشتر بیمار دارد"),
                        tuple("وزارت صحت عامه", null, "محمد نعیم، رئیس شفاخانه، از کار برکنار شده است"),
                        tuple("سخنگوی پولیس", null, "احمد رحیمی به زندان رفت، اما برادرش آزاد شد"));
    }

    @Test
    void givesTheWordsOfAReportToTheBodyWhoseReportItIs() {
        List<Attribution> found = persian.extract(List.of(
                "در گزارش سالانه کمیسیون مستقل انتخابات آمده است که یک میلیون نفر رای داده‌اند.",
                "در بیانیه وزارت زراعت تاکید شده که گندم کافی در انبارها وجود دارد.",
                // a place, not a report: nobody's
                "در هرات گفته شده که بازار بسته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue,
                        Attribution::text)
                .containsExactly(
                        tuple("کمیسیون مستقل انتخابات", ORGANISATION, "آمده است", "یک میلیون نفر رای داده‌اند"),
                        tuple("وزارت زراعت", ORGANISATION, "تاکید شده", "گندم کافی در انبارها وجود دارد"));
    }

    @Test
    void readsWhoBeforeTheVerbAndAQuoteAfterAColonOrReportedWordsAfterKeh() {
        List<Attribution> found = persian.extract(List.of(
                "جمیله احمدزی، قابله در شفاخانه ولایتی غزنی، به IWPR گفت: «هر شب دو یا سه زایمان دشوار داریم.»",
                "وی همچنین گفت که دارو برای زنان باردار کم است.",
                "سخنگوی شفاخانه، نوید صدیقی، اظهار داشت که کمبود برق کار را دشوار کرده است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("جمیله احمدزی", PERSON, "قابله در شفاخانه ولایتی غزنی", DIRECT, "به IWPR گفت",
                                "هر شب دو یا سه زایمان دشوار داریم"),
                        tuple("جمیله احمدزی", PERSON, null, INDIRECT, "گفت", "دارو برای زنان باردار کم است"),
                        tuple("نوید صدیقی", PERSON, "سخنگوی شفاخانه", INDIRECT, "اظهار داشت",
                                "کمبود برق کار را دشوار کرده است"));
    }

    @Test
    void readsEveryTenseOfACompoundVerbAndTheZeroWidthNonJoinerWrittenOrNot() {
        List<Attribution> found = persian.extract(List.of(
                "وزارت انرژی و آب تاکید کرده است که بند کمال خان تا پایان سال تکمیل می‌شود.",
                "کمیته حفاظت از خبرنگاران هشدار می‌دهد که خبرنگاران محلی زیر فشار هستند.",
                "جاوید قانع میگوید: «کار ما روز به روز سخت‌تر می‌شود.»"), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue,
                        Attribution::text)
                .containsExactly(
                        tuple("وزارت انرژی و آب", ORGANISATION, "تاکید کرده است",
                                "بند کمال خان تا پایان سال تکمیل می‌شود"),
                        tuple("کمیته حفاظت از خبرنگاران", ORGANISATION, "هشدار می‌دهد",
                                "خبرنگاران محلی زیر فشار هستند"),
                        tuple("جاوید قانع", PERSON, "میگوید", "کار ما روز به روز سخت‌تر می‌شود"));
    }

    @Test
    void findsWhoAfterAQuoteOrReportedWordsSetOffByAComma() {
        List<Attribution> found = persian.extract(List.of(
                "مولوی عبدالغفور حقانی گفت که مدرسه سه صد شاگرد دارد.",
                "«ما هیچ کمکی از بیرون نمی‌گیریم»، حقانی افزود.",
                "«شاگردان، معلمان و کارمندان همه داوطلب هستند» حقانی گفت.",
                "قیمت آرد دو برابر شده است، یک نانوای شهر گفت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("عبدالغفور حقانی", PERSON, "مولوی", INDIRECT, "مدرسه سه صد شاگرد دارد"),
                        tuple("عبدالغفور حقانی", PERSON, null, DIRECT, "ما هیچ کمکی از بیرون نمی‌گیریم"),
                        tuple("عبدالغفور حقانی", PERSON, null, DIRECT, "شاگردان، معلمان و کارمندان همه داوطلب هستند"),
                        tuple("یک نانوای شهر", ANONYMOUS, null, INDIRECT, "قیمت آرد دو برابر شده است"));
    }

    @Test
    void readsAccordingToWithADescriptionSetApartAndAQuoteAfterIt() {
        List<Attribution> found = persian.extract(List.of(
                "به گفته نسرین همدرد، فعال حقوق زن، «دختران بیش از همه آسیب دیده‌اند».",
                "طبق گزارش بانک جهانی، نرخ فقر به هفتاد درصد رسیده است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::kind, Attribution::cue, Attribution::text)
                .containsExactly(
                        tuple("نسرین همدرد", PERSON, "فعال حقوق زن", DIRECT, "به گفته", "دختران بیش از همه آسیب دیده‌اند"),
                        tuple("بانک جهانی", ORGANISATION, null, INDIRECT, "طبق گزارش", "نرخ فقر به هفتاد درصد رسیده است"));
    }

    @Test
    void readsUnnamedSourcesWithoutTheClauseThatWithholdsTheName() {
        List<Attribution> found = persian.extract(List.of(
                "یک افسر پولیس که به شرط فاش نشدن نامش صحبت کرد، گفت که زندان پر است.",
                "منبعی در شاروالی گفت که بودجه تمام شده است.",
                // the condition on the name straight after the description, without "که"
                "یک کارمند گمرک به شرط فاش نشدن نامش گفت که تعرفه بلند رفته است.",
                "یکی از رانندگان موتر باربری گفت: «راه‌ها بسته است.»"), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("یک افسر پولیس", ANONYMOUS, "زندان پر است"),
                        tuple("منبعی در شاروالی", ANONYMOUS, "بودجه تمام شده است"),
                        tuple("یک کارمند گمرک", ANONYMOUS, "تعرفه بلند رفته است"),
                        tuple("یکی از رانندگان موتر باربری", ANONYMOUS, "راه‌ها بسته است"));
    }

    @Test
    void givesAPronounOrThisBodyToTheLastOneNamedAndAnAgeAfterTheNameToTheRole() {
        List<Attribution> found = persian.extract(List.of(
                "شورای نارویژی پناهندگان اعلام کرد که کمک‌های زمستانی آغاز شده است.",
                "این نهاد افزود که بیست هزار خانواده کمک دریافت می‌کنند.",
                "زرغونه ۴۰ ساله که شوهرش را در جنگ از دست داده، می‌گوید: «کسی به ما سر نزده است.»",
                "او افزود: «زمستان نزدیک است.»"), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("شورای نارویژی پناهندگان", ORGANISATION, null),
                        tuple("شورای نارویژی پناهندگان", ORGANISATION, null),
                        tuple("زرغونه", PERSON, "۴۰ ساله که شوهرش را در جنگ از دست داده"),
                        tuple("زرغونه", PERSON, null));
    }

    @Test
    void findsNoSourceInPluralGroupsWordsWithoutAVerbOfSayingOrTheAuthors() {
        List<Attribution> found = persian.extract(List.of(
                "دهقانان می‌گویند که آب کافی ندارند.",
                "مسئولان محلی گفتند که راه تا بهار باز می‌شود.",
                "گفت‌وگوها میان دو طرف ادامه دارد.",
                "لیلا حیدری گفت که گزارش را خودش نوشته است."), List.of("لیلا حیدری"));

        assertThat(found).isEmpty();
    }


    @Test
    void leavesWhereAndWhileItWasSaidOutOfTheNameAndTheRole() {
        List<Attribution> found = persian.extract(List.of(
                "برنامه انکشافی ملل متحد روز پنجشنبه با انتشار گزارشی هشدار داد که اقتصاد روستایی فرو می‌پاشد.",
                "ظاهر وحیدی، معلم مکتب ابتداییه، در حالی که به دیوارهای ترک‌خورده اشاره می‌کرد، گفت: «سقف هر لحظه"
                        + " ممکن است فرو بریزد.»",
                "به قول یک مامور ریاست معارف، بودجه ترمیم مکاتب هنوز نرسیده است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::cue)
                .containsExactly(
                        tuple("برنامه انکشافی ملل متحد", ORGANISATION, null, "هشدار داد"),
                        tuple("ظاهر وحیدی", PERSON, "معلم مکتب ابتداییه", "گفت"),
                        tuple("یک مامور ریاست معارف", ANONYMOUS, null, "به قول"));
    }

    @Test
    void takesSomeoneIntroducedByACourtesyTitleAndADescriptionForSomeoneNewWhoeverSharesTheSurname() {
        List<Attribution> found = persian.extract(List.of(
                "جاوید رسولی، دهقان گندم، گفت که باران امسال دیر آمد.",
                "آقای رسولی، پدر جاوید، گفت که زمین را به پسرش سپرده است.",
                "رسولی افزود که خانواده‌اش وام گرفته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("جاوید رسولی", "دهقان گندم"),
                        tuple("رسولی", "پدر جاوید"),
                        tuple("رسولی", null));
    }

    @Test
    void readsThisOfficialAndThisBodyAnOfficeWithoutANameAndARequestMadeOfSomeone() {
        List<Attribution> found = persian.extract(List.of(
                "یک کارمند گمرک تورغندی که خواست نامش گرفته نشود گفت که موترهای باربری سه روز در صف می‌مانند.",
                "این کارمند افزود: «رشوه راه را باز می‌کند.»",
                "اتحادیه موتروانان از حکومت درخواست کرده است که تعرفه‌ها را کاهش دهد.",
                "به گفته این اتحادیه، روزانه صدها موتر در مرز منتظر می‌مانند.",
                "رئیس گمرکات هرات گفت که کار تحقیق آغاز شده است.",
                "شاروالی هرات تخمین زده است که نیمی از بازارچه‌ها بسته شده‌اند.",
                "غلام فاروق، تنها متخصص اطفال شفاخانه، گفت که دارو نیست."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role,
                        Attribution::text)
                .containsExactly(
                        tuple("یک کارمند گمرک تورغندی", ANONYMOUS, null, "موترهای باربری سه روز در صف می‌مانند"),
                        tuple("یک کارمند گمرک تورغندی", ANONYMOUS, null, "رشوه راه را باز می‌کند"),
                        tuple("اتحادیه موتروانان", ORGANISATION, null, "تعرفه‌ها را کاهش دهد"),
                        tuple("اتحادیه موتروانان", ORGANISATION, null, "روزانه صدها موتر در مرز منتظر می‌مانند"),
                        tuple("رئیس گمرکات هرات", ANONYMOUS, null, "کار تحقیق آغاز شده است"),
                        tuple("شاروالی هرات", ORGANISATION, null, "نیمی از بازارچه‌ها بسته شده‌اند"),
                        tuple("غلام فاروق", PERSON, "تنها متخصص اطفال شفاخانه", "دارو نیست"));
    }

    @Test
    void leavesAsidesAndButOutOfWhoKeepsWaliInANameAndReadsAQuoteSplitByItsVerb() {
        List<Attribution> found = persian.extract(List.of(
                "شاروال کندز ضمن انتقاد از کمبود بودجه گفت که جاده‌ها تا بهار ترمیم نمی‌شوند.",
                "ولی محمد حکیمی، آمر حفظ‌الصحه، گفت: «آب چاه‌ها آلوده است.»",
                "«کودکان بیمار می‌شوند»، وی افزود، «و ما دارو نداریم.»",
                "شرکت برشنا بر بنیاد ارقام خود اعلام کرد که برق شهر دو برابر شده است.",
                "وزارت انرژی اما می‌گوید برق وارداتی کم شده است.",
                "ولی وزارت معارف گفت که مکاتب باز می‌مانند.",
                "پس از آن حکیمی افزود که چاه‌ها پاک می‌شوند.",
                "حکیمی پس از دیدار با والی گفت که پول رسیده است.",
                "بر بنیاد گزارش بانک آسیایی انکشاف، نرخ بیکاری بالا رفته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::text)
                .containsExactly(
                        tuple("شاروال کندز", ANONYMOUS, "جاده‌ها تا بهار ترمیم نمی‌شوند"),
                        tuple("ولی محمد حکیمی", PERSON, "آب چاه‌ها آلوده است"),
                        tuple("ولی محمد حکیمی", PERSON, "کودکان بیمار می‌شوند"),
                        tuple("شرکت برشنا", ORGANISATION, "برق شهر دو برابر شده است"),
                        tuple("وزارت انرژی", ORGANISATION, "برق وارداتی کم شده است"),
                        tuple("وزارت معارف", ORGANISATION, "مکاتب باز می‌مانند"),
                        tuple("ولی محمد حکیمی", PERSON, "چاه‌ها پاک می‌شوند"),
                        tuple("ولی محمد حکیمی", PERSON, "پول رسیده است"),
                        tuple("بانک آسیایی انکشاف", ORGANISATION, "نرخ بیکاری بالا رفته است"));
    }

    @Test
    void readsAQuoteAfterACommaATitleWithASurnameKnownARankAndATimeInsideAClauseAboutThePerson() {
        List<Attribution> found = persian.extract(List.of(
                "جگرن نصرالله امینی، قوماندان پولیس سرحدی، در واکنش به این اتهام‌ها گفت که هیچ کس بازداشت نشده است.",
                "مهتاب، خواهر مردی که ماه گذشته در مرز بازداشت شد، گفت: «ما از او هیچ خبری نداریم.»",
                "داکتر لطیف نوری می‌گوید، «بیمارستان جای خالی ندارد.»",
                "«هر شب ده بیمار تازه می‌آید»، داکتر نوری افزود."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("نصرالله امینی", "قوماندان پولیس سرحدی", INDIRECT, "هیچ کس بازداشت نشده است"),
                        tuple("مهتاب", "خواهر مردی که ماه گذشته در مرز بازداشت شد", DIRECT,
                                "ما از او هیچ خبری نداریم"),
                        tuple("لطیف نوری", "داکتر", DIRECT, "بیمارستان جای خالی ندارد"),
                        tuple("لطیف نوری", null, DIRECT, "هر شب ده بیمار تازه می‌آید"));
    }

    @Test
    void readsAnIndefiniteOccupationAfterANameATitleBeforeItAndASuperlativeOccasion() {
        List<Attribution> found = persian.extract(List.of(
                "گلپری، نماینده‌ای که از سوی زنان قریه انتخاب شده است، گفت که آب آشامیدنی نیست.",
                "معاون والی بامیان جنرال محمد داوود سروری گفت که راه باز است.",
                "کمیسیون حقوق بشر در جدیدترین گزارش خود نوشته است که زندان‌ها پر هستند."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("گلپری", PERSON, "نماینده‌ای که از سوی زنان قریه انتخاب شده است"),
                        tuple("محمد داوود سروری", PERSON, "معاون والی بامیان"),
                        tuple("کمیسیون حقوق بشر", ORGANISATION, null));
    }
    @Test
    void readsTwoGivenNamesWrittenAsOneAndAnOccupationRightAfterANameWithoutCommas() {
        List<Attribution> found = persian.extract(List.of(
                "نورمحمد ۶۰ ساله که دکان نانوایی دارد، گفت که قیمت آرد دو برابر شده است.",
                "گل‌محمد به IWPR گفت که راه قریه بسته است.",
                "عبدالرزاق وحیدی سخنگوی وزارت معارف در یک نشست خبری گفت که مکاتب باز می‌مانند.",
                "محمد وکیلی گفت که دادگاه دوباره تشکیل می‌شود."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(
                        tuple("نورمحمد", PERSON, "۶۰ ساله که دکان نانوایی دارد"),
                        tuple("گل‌محمد", PERSON, null),
                        tuple("عبدالرزاق وحیدی", PERSON, "سخنگوی وزارت معارف"),
                        tuple("محمد وکیلی", PERSON, null));
    }
    @Test
    void readsTheCommonOccupationsOfADescriptionSetApartAfterAName() {
        List<Attribution> found = persian.extract(List.of(
                "کریم، موتروانی در شهر مزار شریف، گفت که راه‌ها بسته است.",
                "محمد اکبر رحیمی اقتصاددان در کابل می‌گوید که قیمت آرد بالا رفته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("کریم", "موتروانی در شهر مزار شریف"),
                        tuple("محمد اکبر رحیمی", "اقتصاددان در کابل"));
    }
    @Test
    void readsABodyThatSpeaksWithAPluralVerbButNoGroup() {
        List<Attribution> found = persian.extract(List.of(
                "طالبان روز شنبه در یک بیانیه اعلام کردند که مکتب‌های ابتدایی باز می‌مانند.",
                "طالبان قبلا نیز گفته‌اند که مرزها بسته نخواهد شد.",
                "باشندگان ولسوالی می‌گویند که آب آشامیدنی ندارند."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind, Attribution::cue)
                .containsExactly(
                        tuple("طالبان", ORGANISATION, "اعلام کردند"),
                        tuple("طالبان", ORGANISATION, "گفته‌اند"));
    }
    @Test
    void readsAnElderInTwoWordsAndAnAgeOpeningADescriptionSetApart() {
        List<Attribution> found = persian.extract(List.of(
                "ملا عبدالغفور، ریش سفید قریه سنگ‌آب، گفت که دهقانان تخم ندارند.",
                "زرغونه احمدی، ۴۵ ساله و معلم مکتب، گفت که شاگردان کتاب ندارند."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(
                        tuple("عبدالغفور", "ریش سفید قریه سنگ‌آب"),
                        tuple("زرغونه احمدی", "۴۵ ساله و معلم مکتب"));
    }
    @Test
    void readsAViewAfterBeBavarAndWhoSaidTheWordsAfterInRa() {
        List<Attribution> found = persian.extract(List.of(
                "به عقیده نسرین سلطانی، استاد دانشگاه کابل، بسته بودن مکاتب آینده کشور را تهدید می‌کند.",
                "«بازار قالین دیگر خریدار ندارد»، این را نور آغا رحمانی، قالین‌فروش در مزار شریف، گفت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("نسرین سلطانی", "استاد دانشگاه کابل", INDIRECT,
                                "بسته بودن مکاتب آینده کشور را تهدید می‌کند"),
                        tuple("نور آغا رحمانی", "قالین‌فروش در مزار شریف", DIRECT, "بازار قالین دیگر خریدار ندارد"));
    }
    @Test
    void readsWhoIsSetApartAfterTheQuoteBeforeTheVerb() {
        List<Attribution> found = persian.extract(List.of(
                "«هیچ مشتری به بازار نمی‌آید»، گل‌احمد، دکاندار در بازار مندوی، گفت.",
                "او افزود که کرایه دکانش دو برابر شده است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind)
                .containsExactly(
                        tuple("گل‌احمد", "دکاندار در بازار مندوی", DIRECT),
                        tuple("گل‌احمد", null, INDIRECT));
    }

    @Test
    void readsAKeeperSetApartBeforeWhomItWasToldABeliefAndThisExpertAfter() {
        List<Attribution> found = persian.extract(List.of(
                "«آب چاه‌ها به پایان رسیده است»، محمد ظاهر، دامدار در ولسوالی پنجوایی، به خبرنگاران گفت.",
                "ثریا کریمی، پژوهشگر اقتصادی، باور دارد که قیمت‌ها پایین نمی‌آید.",
                "او افزود که کرایه‌ها هم بالا رفته است.",
                "به گفته این پژوهشگر، بازار به واردات وابسته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::kind, Attribution::text)
                .containsExactly(
                        tuple("محمد ظاهر", "دامدار در ولسوالی پنجوایی", DIRECT, "آب چاه‌ها به پایان رسیده است"),
                        tuple("ثریا کریمی", "پژوهشگر اقتصادی", INDIRECT, "قیمت‌ها پایین نمی‌آید"),
                        tuple("ثریا کریمی", null, INDIRECT, "کرایه‌ها هم بالا رفته است"),
                        tuple("ثریا کریمی", null, INDIRECT, "بازار به واردات وابسته است"));
    }

    @Test
    void readsATweetAsWhereItWasWrittenAndASocietyAsABody() {
        List<Attribution> found = persian.extract(List.of(
                "ناصر کنعانی، سخنگوی وزارت خارجه، در توییتی نوشت که مذاکرات ادامه دارد.",
                "جامعه مدرسین حوزه علمیه قم در بیانیه‌ای اعلام کرد که از این طرح حمایت می‌کند."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role, Attribution::sourceKind)
                .containsExactly(tuple("ناصر کنعانی", "سخنگوی وزارت خارجه", PERSON),
                        tuple("جامعه مدرسین حوزه علمیه قم", null, ORGANISATION));
    }

    @Test
    void readsABodyThatDidSomethingFirstAndAHospital() {
        List<Attribution> found = persian.extract(List.of(
                "وزارت دفاع این گزارش را تکذیب کرد و گفت که هیچ حمله‌ای رخ نداده است.",
                "بیمارستان امام خمینی اعلام کرد که هشت زخمی را پذیرفته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("وزارت دفاع", ORGANISATION), tuple("بیمارستان امام خمینی", ORGANISATION));
    }

    @Test
    void readsTheWordsOfTheVerbAfterAndWhenAVerbOfSayingCameFirst() {
        List<Attribution> found = persian.extract(List.of(
                "وزارت داخله این گزارش را تأیید کرد و افزود که تحقیقات ادامه دارد."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("وزارت داخله", "تحقیقات ادامه دارد"));
    }

    @Test
    void readsARapporteurAndAnUnnamedSourceWhoseClauseWasTakenOut() {
        List<Attribution> found = persian.extract(List.of(
                "ماری لالور، گزارشگر ویژه سازمان ملل، در بیانیه‌ای گفت که فعالان در خطر هستند.",
                "به گفته یک کشاورز که پس از سیل خانه‌اش را از دست داد، کمکی نرسیده است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("ماری لالور", "گزارشگر ویژه سازمان ملل"), tuple("یک کشاورز", null));
    }

    @Test
    void readsABodyNamedInPashtoWithItsHeadLast() {
        List<Attribution> found = persian.extract(List.of(
                "د افغانستان بانک گفت که ذخایر ارزی افزایش یافته است."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("د افغانستان بانک", ORGANISATION));
    }

    @Test
    void learnsAPersonASentenceOpensWithForThePronounAfter() {
        List<Attribution> found = persian.extract(List.of(
                "مریم احمدی در کابل خیاطی می‌کند.",
                "«کار کم شده است»، او گفت."), List.of());
        // no preposition after the name and no surname made with "ی": where it ends cannot be told, and no name is
        // guessed
        List<Attribution> unsure = persian.extract(List.of(
                "مریم گل‌دوز کارگاه خیاطی دارد.",
                "«کار کم شده است»، او گفت."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::text)
                .containsExactly(tuple("مریم احمدی", "کار کم شده است"));
        assertThat(unsure).isEmpty();
    }

    @Test
    void learnsAPersonWithAnAgeSetApartAndReadsWhatTheyNarrateAndRemember() {
        List<Attribution> found = persian.extract(List.of(
                "محمد نبی، ۶۰ ساله، در بازار کابل کفش می‌دوزد.",
                "«این کار پدرم بود»، او تعریف می‌کند.",
                "او به یاد می‌آورد که بازار پیش از این شلوغ‌تر بود."), List.of());

        assertThat(found).extracting(Attribution::source, Attribution::cue)
                .containsExactly(tuple("محمد نبی", "تعریف می‌کند"), tuple("محمد نبی", "به یاد می‌آورد"));
    }
    @Test
    void readsAnAnnouncerSetApartBeforeHerNameAndAFederation() {
        assertThat(persian.extract(List.of("مجری پیشین رادیو، سیما احمدی، می‌گوید که برنامه‌اش متوقف شد."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("سیما احمدی", "مجری پیشین رادیو"));
        assertThat(persian.extract(List.of("فدراسیون فوتبال افغانستان اعلام کرد که بازی‌ها لغو شده است."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("فدراسیون فوتبال افغانستان", ORGANISATION));
    }
    @Test
    void readsARestorerSetApartBeforeHerName() {
        assertThat(persian.extract(List.of("مرمت‌کار، فریبا نوری، می‌گوید که کاشی‌های مسجد آسیب دیده‌اند."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("فریبا نوری", "مرمت‌کار"));
    }

    @Test
    void readsAScientistsTradeSetApartBeforeTheName() {
        assertThat(persian.extract(List.of("ستاره‌شناس، نسرین کریمی، می‌گوید که آسمان کابل دیگر تاریک نیست."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نسرین کریمی", "ستاره‌شناس"));
    }

    @Test
    void readsACuttersTradeByItsStemAfterTheThingItCutsAsTheRole() {
        assertThat(persian.extract(List.of("عبدالقادر، شیشه‌بر بازار مندوی، گفت که شیشه از ایران نمی‌رسد."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("عبدالقادر", "شیشه‌بر بازار مندوی"));
    }

    @Test
    void readsAWashersTradeWithTheIndefiniteBeforeItAsTheRole() {
        assertThat(persian.extract(List.of("نورآغا، یک موترشوی جوان، گفت که زمستان کار کم است."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نورآغا", "یک موترشوی جوان"));
    }

    @Test
    void readsAnAuditorsTradeSetApartBeforeTheName() {
        assertThat(persian.extract(List.of("حسابرس، نجیبه کریمی، گفت که پول مکتب‌ها ناپدید شده است."),
                List.of())).extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نجیبه کریمی", "حسابرس"));
    }

    @Test
    void readsTheTradesOfCareSetApartBeforeTheName() {
        assertThat(persian.extract(List.of("مددکار، فرزانه احمدی، گفت که کودکان بی‌سرپرست به سرپناه نیاز دارند.",
                        "داوطلب، محمد نعیم، گفت که غذا به روستاها نرسیده است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("فرزانه احمدی", "مددکار"), tuple("محمد نعیم", "داوطلب"));
    }

    @Test
    void readsAVillageElderSetApartAfterTheName() {
        assertThat(persian.extract(List.of("«آب چشمه خشک شده است»، غلام رسول، بزرگ قریه، گفت."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("غلام رسول", "بزرگ قریه"));
    }

    @Test
    void readsTheRedCrescentAsABody() {
        assertThat(persian.extract(List.of("هلال احمر افغانستان اعلام کرد که خیمه‌ها توزیع شده است."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("هلال احمر افغانستان", ORGANISATION));
    }

    @Test
    void readsAVoterSetApartAfterTheName() {
        assertThat(persian.extract(List.of("«رای من دزدیده شد»، محمد نعیم، یک رای‌دهنده در کندهار، گفت."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("محمد نعیم", "یک رای‌دهنده در کندهار"));
    }

    @Test
    void readsAPersonByANameWithANoteThatItIsNotTheOwn() {
        assertThat(persian.extract(List.of("«می‌ترسیدم به پولیس بگویم»، مرسل، که نام مستعار اوست، گفت."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("مرسل", PERSON, null));
    }

    @Test
    void readsACommonGivenNameAfterAnOccupation() {
        assertThat(persian.extract(List.of("به گفته معلم صدیقه احمدی، نیمی از شاگردان کتاب ندارند.",
                "انجنیر سجاد رحیمی گفت که پل تا بهار تمام می‌شود."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("صدیقه احمدی", PERSON, "معلم"), tuple("سجاد رحیمی", PERSON, "انجنیر"));
    }

    @Test
    void readsACommonPashtunGivenNameAfterAnOccupation() {
        assertThat(persian.extract(List.of("به گفته انجنیر میرویس احمدزی، سرک تا زمستان تمام نمی‌شود.",
                "داکتر پلوشه نوری گفت که شفاخانه دارو ندارد."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind, Attribution::role)
                .containsExactly(tuple("میرویس احمدزی", PERSON, "انجنیر"), tuple("پلوشه نوری", PERSON, "داکتر"));
    }

    @Test
    void learnsAGivenNameSetApartAndARelationBeforeAGivenName() {
        assertThat(persian.extract(List.of("زرغونه، ۳۵ ساله، در یک نانوایی کار می‌کند.",
                        "او گفت: «روزی دو صد نان می‌پزیم».",
                        "خواهر او، فریبا، نیز در نانوایی کار می‌کند.",
                        "فریبا گفت که مزد کافی نیست."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("زرغونه", null), tuple("فریبا", "خواهر او"));
    }

    @Test
    void learnsWhatSomeoneIsBeforeTheirNameSetApartWithoutWords() {
        assertThat(persian.extract(List.of("مدیر این مکتب، نجیب‌الله احمدی، هر روز صبح زود می‌آید.",
                        "او گفت: «شاگردان ما از سه ولسوالی می‌آیند»."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("نجیب‌الله احمدی", "مدیر این مکتب"));
    }

    @Test
    void learnsARelationWithAPronounJoinedToIt() {
        assertThat(persian.extract(List.of("برادرش، جاوید، در بازار کار می‌کند.",
                        "جاوید می‌گوید که مزدش کم است."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("جاوید", "برادرش"));
    }

    @Test
    void learnsANameTheListsDoNotKnowBeforeATradeAndAgeSetApart() {
        assertThat(persian.extract(List.of("ثمینه، خیاط ۴۲ ساله، در خانه کار می‌کند.",
                        "او گفت: «سفارش‌ها کم شده است.»"), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("ثمینه", "خیاط"));
    }

    @Test
    void learnsANameAfterATitleOfAddressAndOneOfSomeonesOwn() {
        assertThat(persian.extract(List.of("استاد رحیم‌الله، خیاط ۶۰ ساله، هنوز دکان دارد.",
                        "او گفت: «کار کم است.»"), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("رحیم‌الله", "خیاط"));
        assertThat(persian.extract(List.of("یکی از همکاران او، نادر، در کابل زندگی می‌کند.",
                        "نادر گفت که حقوقش را سه ماه است نگرفته است."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("نادر", "یکی از همکاران او"));
    }

    @Test
    void learnsAFullNameBeforeWhatSomeoneDoesAndOnesOwnByTheirTrade() {
        assertThat(persian.extract(List.of("مریم کریمی، معلمی از شهر هرات، در خانه به دختران درس می‌دهد.",
                        "او گفت: «دختران باید درس بخوانند.»",
                        "شاگردش، نرگس، چهارده سال دارد.",
                        "نرگس گفت: «می‌خواهم داکتر شوم.»"), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("مریم کریمی", "معلمی از شهر هرات"), tuple("نرگس", "شاگردش"));
    }

    @Test
    void learnsWhatSomeoneDoesBeforeTheirNameOpeningASentence() {
        assertThat(persian.extract(List.of("معلم فریبا کریمی در یک خانه به دختران درس می‌دهد.",
                        "او می‌گوید: «دختران هر روز می‌آیند.»"), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("فریبا کریمی", "معلم"));
    }

    @Test
    void readsATradeWithTheIndefiniteEndingSetApartAfterTheName() {
        assertThat(persian.extract(List.of("نجیب احمدی، میوه‌فروشی در بازار مندوی، گفت که قیمت‌ها دو برابر شده است."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نجیب احمدی", "میوه‌فروشی در بازار مندوی"));
    }

    @Test
    void readsAHighCommissionersOfficeAsABody() {
        assertThat(persian.extract(List.of("به گفته کمیشنری عالی ملل متحد در امور پناهندگان، بیش از یک میلیون نفر بازگشته‌اند."),
                        List.of()))
                .extracting(Attribution::sourceKind).containsExactly(ORGANISATION);
        assertThat(persian.extract(List.of("کمیساریای عالی حقوق بشر اعلام کرد که وضعیت زنان بدتر شده است."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("کمیساریای عالی حقوق بشر", ORGANISATION));
    }

    @Test
    void readsAGravediggerSetApartAfterTheNameAsTheRole() {
        assertThat(persian.extract(List.of("غلام رسول، گورکن قبرستان هرات، گفت که زمین خالی نمانده است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("غلام رسول", "گورکن قبرستان هرات"));
    }

    @Test
    void keepsWhenTheEventOfAClauseInADescriptionWasInTheRole() {
        assertThat(persian.extract(List.of("مریم، معلمی که پس از بسته شدن مکتب‌ها خانه‌نشین شده است، می‌گوید که"
                        + " درس خصوصی می‌دهد."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("مریم", "معلمی که پس از بسته شدن مکتب‌ها خانه‌نشین شده است"));
    }

    @Test
    void readsABarberSetApartAfterTheNameAsTheRole() {
        assertThat(persian.extract(List.of("نادر، سلمانی در شهر نو، می‌گوید که مشتریانش کم شده‌اند."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("نادر", "سلمانی در شهر نو"));
    }

    @Test
    void readsAccordingToWithItsEzafeWrittenOut() {
        assertThat(persian.extract(List.of("نسرین احمدی در بازار پارچه می‌فروشد.",
                        "به گفتهٔ او، قیمت پارچه دو برابر شده است.",
                        "به گفته‌ی او، مشتریان کمتر شده‌اند."), List.of()))
                .extracting(Attribution::source, Attribution::cue, Attribution::text)
                .containsExactly(tuple("نسرین احمدی", "به گفته", "قیمت پارچه دو برابر شده است"),
                        tuple("نسرین احمدی", "به گفته", "مشتریان کمتر شده‌اند"));
    }

    @Test
    void readsARelationWithItsJoinedPronounBeforeAGivenNameAsTheRole() {
        assertThat(persian.extract(List.of("پسرش کامران، راننده تاکسی، می‌گوید که کرایه‌ها بالا رفته است.",
                        "همسرش مریم، معلم مکتب، می‌گوید که کرایه‌ها بالا رفته است.",
                        "برادرش کامیار، که ۲۲ سال دارد، می‌گوید که کرایه‌ها بالا رفته است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("کامران", "پسرش، راننده تاکسی"), tuple("مریم", "همسرش، معلم مکتب"),
                        tuple("کامیار", "برادرش"));
    }

    @Test
    void readsATradeOfWhoWorksAtSomethingAsAnOccupation() {
        assertThat(persian.extract(List.of("حمید، کاشی‌کار در شهرک نو، می‌گوید که کار در زمستان کم است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("حمید", "کاشی‌کار در شهرک نو"));
    }

    @Test
    void readsSomeoneWhoIsSetApartAfterAGivenNameAsTheRole() {
        assertThat(persian.extract(List.of("کریم، دانشجویی که در کابل درس می‌خواند، گفت که کرایه گران است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("کریم", "دانشجویی که در کابل درس می‌خواند"));
    }

    @Test
    void leavesATitleOutOfANameTheListsLackSetApartWithWhatThePersonIs() {
        assertThat(persian.extract(List.of("داکتر شگوفه ملکزی، رئیس شفاخانه‌ی ولایتی، گفت که دارو کم است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("شگوفه ملکزی", "رئیس شفاخانه‌ی ولایتی"));
    }

    @Test
    void readsNoSourceInOfficialsInThePlural() {
        assertThat(persian.extract(List.of("به گفته‌ی مسئولان ریاست معارف هرات، صد مکتب نیاز به ترمیم دارد."),
                        List.of())).isEmpty();
    }

    @Test
    void readsAVillageElderSetApartAfterANameAsTheRole() {
        assertThat(persian.extract(List.of("غلام سرور، بزرگ قریه‌ی سنگ‌تخت، گفت که آب چشمه خشک شده است."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("غلام سرور", "بزرگ قریه‌ی سنگ‌تخت"));
    }

    @Test
    void readsATradeOfThrowingBeforeANameSetApartAsTheRole() {
        assertThat(persian.extract(List.of("تیرانداز ملی، احمد کریمی، گفت که تمرین‌ها در زمستان متوقف شده است."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("احمد کریمی", "تیرانداز ملی"));
    }

    @Test
    void readsAnInterpreterSetApartAfterAGivenNameAsTheRole() {
        assertThat(persian.extract(List.of("فاطمه، ترجمان یک سازمان خارجی در هرات، گفت که دفترشان بسته شده است."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("فاطمه", "ترجمان یک سازمان خارجی در هرات"));
    }

    @Test
    void readsANounRightBeforeAnAgeSetApartAfterTheNameAsTheRole() {
        assertThat(persian.extract(List.of("نوراحمد، خشت‌مال ۵۰ ساله، می‌گوید که کار در تابستان بیشتر است."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نوراحمد", "خشت‌مال ۵۰ ساله"));
    }

    @Test
    void readsTheHeadOfAnOccupationAsAnOccupation() {
        assertThat(persian.extract(List.of("سرمهندس پروژه، نجیب‌الله، گفت که کار تا بهار تمام می‌شود."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نجیب‌الله", "سرمهندس پروژه"));
    }

    @Test
    void readsABodysHeadWithItsEzafeWrittenOut() {
        assertThat(persian.extract(List.of("اداره‌ی آب و برق هرات گفت که برق شهر تا شب وصل می‌شود."), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("اداره‌ی آب و برق هرات", ORGANISATION));
    }

    @Test
    void readsAnOfficeOfOneWordAsSomeoneUnnamedUnlessSomeoneWasNamedWithIt() {
        assertThat(persian.extract(List.of("وکیل گفت که موکلش هیچ سندی را امضا نکرده است.",
                        "شاهد، که هویتش اعلام نشد، گفت: «من آن شب در خانه بودم.»"), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("وکیل", ANONYMOUS), tuple("شاهد", ANONYMOUS));
        assertThat(persian.extract(List.of("نادیه رحیمی، معلم مکتب دخترانه، گفت که شاگردان کم شده‌اند.",
                        "معلم گفت: «کلاس‌ها نیمه خالی است.»"), List.of()))
                .extracting(Attribution::source, Attribution::sourceKind)
                .containsExactly(tuple("نادیه رحیمی", PERSON), tuple("نادیه رحیمی", PERSON));
    }

    @Test
    void leavesAnAgeAloneSetApartOutOfTheRole() {
        assertThat(persian.extract(List.of("احمد، ۱۵ ساله، گفت: «هر روز کار می‌کنم.»",
                        "ناهید، ۴۰ ساله، که در بازار نان می‌فروشد، گفت: «نان گران شده است.»",
                        // a name the lists lack, made a person by the age beside it
                        "زرلشت، ۱۹ ساله، گفت: «دانشگاه را رها کردم.»"), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("احمد", null), tuple("ناهید", "۴۰ ساله، که در بازار نان می‌فروشد"),
                        tuple("زرلشت", null));
    }

    @Test
    void readsWhoPullsCatchesOrDeliversSomethingAsATradeWhateverTheThing() {
        assertThat(persian.extract(List.of("بصیراحمد، یک گاری‌کش در بازار قندهار، گفت که روزانه صد افغانی کار می‌کند.",
                        "نجیب، مرغابی‌گیر دریای آمو، گفت: «آب امسال کم است.»",
                        "شفیق، بسته‌رسان پست هرات، گفت که بسته‌ها دیر می‌رسند."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("بصیراحمد", "یک گاری‌کش در بازار قندهار"), tuple("نجیب", "مرغابی‌گیر دریای آمو"),
                        tuple("شفیق", "بسته‌رسان پست هرات"));
    }

    @Test
    void readsThisTradeAndAnAgeAsThePersonNamedBeforeWithoutARole() {
        assertThat(persian.extract(List.of("احمد شاه در بازار کهنه هرات کفش می‌دوزد.",
                        "این کفش‌دوز ۶۰ ساله گفت: «مشتری‌ها کفش چینی می‌خرند.»"), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("احمد شاه", null));
        assertThat(persian.extract(List.of("احمد شاه در بازار کهنه هرات کفش می‌دوزد.",
                        "این کفش‌دوز گفت که چرم گران شده است."), List.of()))
                .extracting(Attribution::source).containsExactly("احمد شاه");
        // a noun that names nobody is no one named before
        assertThat(persian.extract(List.of("احمد شاه در بازار کهنه هرات کفش می‌دوزد.",
                        "این گزارش گفت که چرم گران شده است."), List.of()))
                .extracting(Attribution::source).doesNotContain("احمد شاه");
        // someone named with another role is not who the trade means
        assertThat(persian.extract(List.of("نادیه رحیمی، معلم مکتب، گفت که شاگردان کم شده‌اند.",
                        "این کفش‌دوز گفت: «مشتری‌ها کفش چینی می‌خرند.»"), List.of()))
                .extracting(Attribution::source).containsExactly("نادیه رحیمی");
    }

    @Test
    void learnsANounOfAPersonSetApartAfterANameAsTheRoleWithoutTheAge() {
        assertThat(persian.extract(List.of("جمیله، پیرزن ۷۰ ساله، هر روز در بازار هرات نان می‌فروشد.",
                        "او گفت که آرد گران شده است."), List.of()))
                .extracting(Attribution::source, Attribution::role).containsExactly(tuple("جمیله", "پیرزن"));
    }

    @Test
    void learnsANameWithAnHonorificJoinedOpeningASentenceBeforeWhenOrWhere() {
        assertThat(persian.extract(List.of("شیرخان هر روز در بازار قندهار انگور می‌فروشد.",
                        "این انگورفروش گفت که امسال حاصل کم است."), List.of()))
                .extracting(Attribution::source).containsExactly("شیرخان");
        assertThat(persian.extract(List.of("نورآغا در کارگاه کوچکی در هرات کار می‌کند.",
                        "این کفش‌دوز گفت که چرم گران شده است."), List.of()))
                .extracting(Attribution::source).containsExactly("نورآغا");
        assertThat(persian.extract(List.of("احمد شاه اکنون در بازار کهنه کار می‌کند.",
                        "این کفش‌دوز گفت که چرم گران شده است."), List.of()))
                .extracting(Attribution::source).containsExactly("احمد شاه");
    }

    @Test
    void readsThisMasterAsThePersonNamedByATrade() {
        assertThat(persian.extract(List.of("غلام رسول، نجار در شهر غزنی، گفت که چوب گران شده است.",
                        "این استادکار افزود: «شاگرد پیدا نمی‌شود.»"), List.of()))
                .extracting(Attribution::source).containsExactly("غلام رسول", "غلام رسول");
        // someone described by no trade is no master of a craft
        assertThat(persian.extract(List.of("احمد ولی، یکی از باشندگان غزنی، گفت که بازار نو ساخته می‌شود.",
                        "این استادکار افزود: «شاگرد پیدا نمی‌شود.»"), List.of()))
                .extracting(Attribution::source).containsExactly("احمد ولی");
    }

    @Test
    void learnsANameAfterAnOpeningOfWhereSetApartAndBeforeAnAgeInWords() {
        assertThat(persian.extract(List.of("در بازار کهنه قندهار، نورمحمد چهارده ساله هر روز پلاستیک می‌فروشد.",
                        "او گفت که مکتب را ترک کرده است."), List.of()))
                .extracting(Attribution::source).containsExactly("نورمحمد");
        assertThat(persian.extract(List.of("در بازار کهنه قندهار، نورمحمد احمدی چهارده ساله هر روز پلاستیک می‌فروشد.",
                        "او گفت که مکتب را ترک کرده است."), List.of()))
                .extracting(Attribution::source).containsExactly("نورمحمد احمدی");
        // a number after the name, in words or figures, closes it too
        assertThat(persian.extract(List.of("عبدالقادر بیست سال است که در این بازار کار می‌کند.",
                        "او گفت که مشتری کم شده است."), List.of()))
                .extracting(Attribution::source).containsExactly("عبدالقادر");
        assertThat(persian.extract(List.of("عبدالقادر ۲۰ سال است که در این بازار کار می‌کند.",
                        "او گفت که مشتری کم شده است."), List.of()))
                .extracting(Attribution::source).containsExactly("عبدالقادر");
        // a given name and "داد" joined is a name too
        assertThat(persian.extract(List.of("در بازار کهنه قندهار، کریم‌داد هر روز پلاستیک می‌فروشد.",
                        "او گفت که مکتب را ترک کرده است."), List.of()))
                .extracting(Attribution::source).containsExactly("کریم‌داد");
    }

    @Test
    void takesAClauseAfterTheNameOverATitleBeforeItAsTheRole() {
        assertThat(persian.extract(List.of("حاجی غلام رسول که بیست سال است قالین می‌بافد، گفت که بازار قالین کساد شده است."),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("غلام رسول", "که بیست سال است قالین می‌بافد"));
    }

    @Test
    void readsACraftsRoleThenATitledNameSetApartBeforeAVerbOfSaying() {
        assertThat(persian.extract(List.of("مسگر بازار هرات، حاجی نورالدین، گفت: «مشتری‌ها ظرف مسی کمتر می‌خرند.»"),
                        List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نورالدین", "مسگر بازار هرات"));
    }

    @Test
    void readsARelationAndAGivenNameTheListsLackBeforeAClauseAboutThem() {
        assertThat(persian.extract(List.of("پسرش ننگیالی که در مکتب درس می‌خواند، گفت که کتاب‌ها گران شده است.",
                        "به گفته ننگیالی، بیشتر همصنفانش کتاب دست دوم می‌خرند."), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("ننگیالی", "پسرش"), tuple("ننگیالی", null));
    }

    @Test
    void learnsAGivenNameAndASurnameWithTheNisbaBeforeWhatThePersonWorksOn() {
        assertThat(persian.extract(List.of("زهرا کریمی لباس‌های کهنه را با ماشین قدیمی می‌دوزد.",
                        "او گفت که مشتریانش بیشتر زنان روستا هستند."), List.of()))
                .extracting(Attribution::source).containsExactly("زهرا کریمی");
        // an indefinite object before its verb is no surname, and a verb no part of a name; nor is a word of when
        assertThat(persian.extract(List.of("زهرا لباسی می‌دوزد و در بازار می‌فروشد.",
                        "او گفت که مشتریانش زنان روستا هستند."), List.of()))
                .extracting(Attribution::source).noneMatch(source -> source.contains("لباسی"));
        assertThat(persian.extract(List.of("زهرا وقتی جوان بود خیاطی آموخت.", "او گفت که مشتریانش زنان روستا هستند."),
                        List.of()))
                .extracting(Attribution::source).doesNotContain("زهرا وقتی");
    }

    @Test
    void readsATradeWrittenApartFromWhatItSellsAsARole() {
        assertThat(persian.extract(List.of("نجیب، یک کتاب فروش در جاده میوند، گفت: «کسی کتاب نمی‌خرد.»"), List.of()))
                .extracting(Attribution::source, Attribution::role)
                .containsExactly(tuple("نجیب", "یک کتاب فروش در جاده میوند"));
    }
}
