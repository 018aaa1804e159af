package org.iwprarchive.ingest.quote;

import org.junit.jupiter.api.Test;

class ScratchTests {
    @Test
    void probe() {
        String[][] texts = {
            {"The witness, Goran Kovač, a former guard, said he saw nothing.", "Defence counsel Ana Perić put it to Kovač that he lied. \"I never lied,\" he replied."},
            {"The Russian foreign ministry warned that it would judge Tbilisi by its results."},
            {"The interior ministry welcomed the operation but warned that it would judge Tbilisi by its results."},
            {"The ministry welcomed the operation but warned that it would judge Tbilisi by its results."},
            {"The Russian foreign ministry welcomed the operation but warned that it would judge Tbilisi by its results."},
            {"The council welcomed the plan and said that it would vote on Friday."},
            {"Under cross-examination, defence counsel Nicholas Stewart put it to Stanić that he was inventing the signature."},
            {"Defence counsel Nicholas Stewart put it to Stanić that he was inventing the signature."},
            {"Also this week, a second protected witness, testifying under the pseudonym B-1115, told judges that police had held men in a hall."},
            {"A second protected witness, testifying under the pseudonym B-1115, told judges that police had held men in a hall."},
            {"Fahim's spokesman, General Zahir Azimi, said only that the ministry supports disarmament."},
            {"A former Bosnian Serb official told the Hague tribunal this week that Krajisnik had approved it.", "The witness, Mirko Stanić, who served as secretary of the crisis staff, said that lists came from Pale."},
        };
        for (String[] t : texts) {
            System.out.println(String.join(" | ", t) + "\n  -> " + new QuoteExtractor().extract(java.util.List.of(t), java.util.List.of()));
        }
    }
}
