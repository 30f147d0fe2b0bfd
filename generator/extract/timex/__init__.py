"""Temporal expressions (TIMEX3) for French and English news text.

- `lexicon`: month, weekday, number and unit words;
- `grammar`: the regular grammar that finds candidate spans;
- `tense`: which way a date points (past/future) from surface cues or spaCy morphology;
- `calendar`: date arithmetic and TIMEX3 value formats;
- `resolve`: from a match to a TIMEX3 type and value against the publication date, with the
  rules in `absolute` (calendar names), `relative` (told from the publication day) and
  `spans` (durations, sets, ages), plain functions of the `RuleContext` (`rulecontext`: the
  text, anchor, tense lookup and discourse state), and their shared words and regexes in `values`;
- `context`: sentences and the event phrase around a date;
- `publication`: the publication date inferred from the text's own evidence.

The public interface is `generator.extract.dates`.
"""
