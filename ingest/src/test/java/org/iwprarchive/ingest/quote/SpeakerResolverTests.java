package org.iwprarchive.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.quote.SpeakerResolver.Speaker;
import org.junit.jupiter.api.Test;

/** Who a speaker phrase names, and what the earlier paragraphs of an article make a later mention refer to. */
class SpeakerResolverTests {

    private final SpeakerResolver speakers = new SpeakerResolver(List.of("Saule Mukhametrakhimova"));

    @Test
    void aSurnameRefersToTheFullNameMetEarlier() {
        speakers.learn("Rustam Jumaev, a spokesman for the Uzbek president, said the border was closed.", true);

        assertThat(speakers.speaker("Jumaev")).contains(new Speaker("Rustam Jumaev", SourceKind.PERSON, null));
        // a title of address is no role
        assertThat(speakers.speaker("Mr Jumaev")).contains(new Speaker("Rustam Jumaev", SourceKind.PERSON, null));
    }

    @Test
    void aSurnameTwoPeopleShareRefersToNeither() {
        speakers.learn("Bakyt Beshimov and Azimbek Beshimov both spoke.", true);

        assertThat(speakers.speaker("Beshimov")).isEmpty();
    }

    @Test
    void aLoneWordNamesNoOneUnlessATitleComesWithIt() {
        assertThat(speakers.speaker("Karimov")).isEmpty();
        assertThat(speakers.speaker("President Karimov")).contains(new Speaker("Karimov", SourceKind.PERSON,
                "President"));
    }

    @Test
    void readsTheRoleBeforeOrAfterTheName() {
        assertThat(speakers.speaker("NATO spokeswoman Stefanie Babst"))
                .contains(new Speaker("Stefanie Babst", SourceKind.PERSON, "NATO spokeswoman"));
        assertThat(speakers.speaker("Rustam Jumaev, a spokesman for the president"))
                .contains(new Speaker("Rustam Jumaev", SourceKind.PERSON, "a spokesman for the president"));
        assertThat(speakers.speaker("His lawyer, Nurbek Toktakunov"))
                .contains(new Speaker("Nurbek Toktakunov", SourceKind.PERSON, "His lawyer"));
        assertThat(speakers.speaker("But Umida Niazova")).contains(new Speaker("Umida Niazova", SourceKind.PERSON,
                null));
    }

    @Test
    void heOrSheIsTheSourceLastQuoted() {
        assertThat(speakers.speaker("he")).isEmpty();

        speakers.quoted("Rustam Jumaev", SourceKind.PERSON, null);

        assertThat(speakers.speaker("She")).contains(new Speaker("Rustam Jumaev", SourceKind.PERSON, null));
    }

    @Test
    void heOrSheIsNobodyWhenTheOnlyOneItCouldBeIsKnownByTheOther() {
        speakers.quoted("Rustam Jumaev", SourceKind.PERSON, null);

        assertThat(speakers.speaker("he")).contains(new Speaker("Rustam Jumaev", SourceKind.PERSON, null));
        assertThat(speakers.speaker("She")).isEmpty();
    }

    @Test
    void anUnnamedSourceIsKeptAsTheArticleDescribesIt() {
        assertThat(speakers.speaker("An official from a western political institution"))
                .contains(new Speaker("an official from a western political institution", SourceKind.ANONYMOUS, null));
        // a clause that withholds the name says why the source is anonymous, not who it is, with or without commas
        assertThat(speakers.speaker("a border guard officer who asked not to be named"))
                .contains(new Speaker("a border guard officer", SourceKind.ANONYMOUS, null));
        assertThat(speakers.speaker("a teacher in Jizzak, who asked not to be identified"))
                .contains(new Speaker("a teacher in Jizzak", SourceKind.ANONYMOUS, null));
        assertThat(speakers.speaker("An engineer at the field, speaking on condition of anonymity because he feared"))
                .contains(new Speaker("an engineer at the field", SourceKind.ANONYMOUS, null));
        assertThat(speakers.speaker("A Tajik border guard, who did not want to be named,"))
                .contains(new Speaker("a Tajik border guard", SourceKind.ANONYMOUS, null));
        // a clause that says something else about the source keeps its place in the description
        assertThat(speakers.speaker("a teacher in Jizzak, who has taught there for 20 years"))
                .contains(new Speaker("a teacher in Jizzak, who has taught there for 20 years", SourceKind.ANONYMOUS,
                        null));
    }

    @Test
    void bodiesKnownByNamesWithoutAnOfficeWordAreBodies() {
        assertThat(speakers.speaker("Reporters Without Borders"))
                .contains(new Speaker("Reporters Without Borders", SourceKind.ORGANISATION, null));
        assertThat(speakers.speaker("Transparency International Georgia"))
                .contains(new Speaker("Transparency International Georgia", SourceKind.ORGANISATION, null));
        assertThat(speakers.speaker("Freedom House"))
                .contains(new Speaker("Freedom House", SourceKind.ORGANISATION, null));
        assertThat(speakers.speaker("Rustam Jumaev")).as("a person's name is still a person's")
                .contains(new Speaker("Rustam Jumaev", SourceKind.PERSON, null));
    }

    @Test
    void aNameAfterTheIsABodyNotAPerson() {
        assertThat(speakers.speaker("the World Food Programme"))
                .contains(new Speaker("World Food Programme", SourceKind.ORGANISATION, null));
    }

    @Test
    void readsOrganisationsByTheirNamesAndWhatAnArticleCallsThemLater() {
        assertThat(speakers.speaker("the Interior Ministry"))
                .contains(new Speaker("Interior Ministry", SourceKind.ORGANISATION, null));
        assertThat(speakers.speaker("Helsinki Committee of Armenia"))
                .contains(new Speaker("Helsinki Committee of Armenia", SourceKind.ORGANISATION, null));
        assertThat(speakers.speaker("NATO")).contains(new Speaker("NATO", SourceKind.ORGANISATION, null));

        speakers.learn("NATO has offered Central Asian states a partnership.", true);

        assertThat(speakers.organisationNamed("the alliance"))
                .contains(new Speaker("NATO", SourceKind.ORGANISATION, null));
    }

    @Test
    void readsABodyWhoseSubjectHasTheBetweenItsCapitalisedWords() {
        assertThat(speakers.speaker("The Regional Society for Protecting the Snow Leopard"))
                .contains(new Speaker("Regional Society for Protecting the Snow Leopard", SourceKind.ORGANISATION,
                        null));
        assertThat(speakers.speaker("the Caspian Centre for Cleaning the Northern Shore"))
                .contains(new Speaker("Caspian Centre for Cleaning the Northern Shore", SourceKind.ORGANISATION, null));
    }

    @Test
    void theArticlesAuthorIsNeverASpeaker() {
        speakers.learn("Saule Mukhametrakhimova is IWPR's Central Asia Project Manager.", true);

        assertThat(speakers.speaker("Saule Mukhametrakhimova")).isEmpty();
        assertThat(speakers.speaker("Mukhametrakhimova")).isEmpty();
    }

    @Test
    void readsABodyDescribedByFourWordsBeforeItsHead() {
        assertThat(speakers.speaker("the health ministry’s drug control department"))
                .contains(new Speaker("health ministry’s drug control department", SourceKind.ORGANISATION, null));
    }
}
