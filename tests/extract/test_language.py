from generator.extract.language import detect_language


def test_french_and_english_are_told_apart():
    assert detect_language("Le ministre a annoncé que la réforme serait présentée dans les prochains jours.") == "fr"
    assert detect_language("The minister said that the reform would be presented to the cabinet this week.") == "en"


def test_declared_language_wins_and_is_normalised():
    assert detect_language("The minister said it.", declared="FR") == "fr"
    assert detect_language("Le ministre l'a dit.", declared="en-GB") == "en"


def test_an_unsupported_declared_language_falls_back_to_the_vote():
    assert detect_language("The minister said that the plan was ready.", declared="de") == "en"
    assert detect_language("", declared=None) == "fr"
