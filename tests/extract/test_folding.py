from generator.extract.folding import fold


def test_fold_is_one_key_for_names_and_calendar_words() -> None:
    assert fold("  L’Élysée ") == "l'elysee"
    assert fold("après\u2011midi") == "apres-midi"  # a non-breaking hyphen
    assert fold("le 1ᵉʳ\u00a0mai") == "le 1er mai"  # superscripts and a non-breaking space
    assert fold("Séjourné\n\tet  Lecornu") == "sejourne et lecornu"
