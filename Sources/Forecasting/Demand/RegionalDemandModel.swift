import CareModel

/// Social Finance's regional demand model (cs-demand-model-regional), rebuilt for Hearth: stock on the
/// start day, observed rates, scenario adjustments and the daily Markov projection, in one call.
///
/// What the regional code does, step by step, and where Hearth follows it:
///
/// 1. **Clean** (`ssda903/datacontainer.py`, `combined_data`, `_remove_redundant_episodes`): drop rows with
///    no CHILD, DECOM or DOB; dedupe (CHILD, DECOM) keeping the latest DEC and (CHILD, DEC) keeping the
///    first; end an episode at the next DECOM when its DEC is missing or later; fold L/T/U episodes that
///    continue the previous one on the same day, whatever their placement code. Hearth's import does this,
///    but folds only within one placement category (the register joins costs to episode starts);
///    `DemandHistory` sorts the stored episodes the same way again and folds the rest
///    (`ChildHistory.regionalEpisodes`).
/// 2. **Window**: `data_start_date` = 1 April of the financial year of the earliest DEC; `data_end_date` =
///    31 March of the year of the latest DECOM or DEC (`DemandHistory.window`).
/// 3. **Ages and cuts** (`_add_ages`, `_add_age_change_eps`; `config/_age_brackets.py`, `YEAR_IN_DAYS` in
///    `config/__init__.py`): age = days ÷ 365.24 at DECOM and at DEC (or `data_end_date` when open);
///    brackets [start, end) with ends 1, 5, 10, 16 (and 30); each boundary with start age < b ≤ end age cuts
///    the episode on the calendar birthday DOB + b years (`relativedelta`); the new row starts at age b.
///    Because the test is fractional but the cut is calendar, a row can start and end on the same day
///    (`DemandEpisode.rows`).
/// 4. **Categories and neighbours** (`_add_placement_category`, `_add_related_placement_type`;
///    `config/_placement_categories.py`): PLACE → category, default Other; rows in the order of step 1
///    (CHILD, DECOM, DEC with missing first), each episode's parts together and in order (not sorted again
///    since the regional commit 5a33527); before/after = the neighbouring row's category when it touches
///    this row (previous DEC = DECOM, next DECOM = DEC), else Not in care; after = "None" when DEC is missing.
/// 5. **Stock and transitions** (`ssda903/population_stats.py`, `stock`, `transitions`): daily stock per
///    (age_bin, category) = cumulative DECOMs − DECs; transitions per day = rows ending that day by
///    (age_bin, category) → (end_age_bin, category after); both truncated to the data window.
/// 6. **Rates** (`raw_transition_rates`, `_calculate_raw_transition_rates`): transitions_d ÷ stock_{d−1},
///    mean over reference days skipping NaN; missing pairs 0 (`TransitionRates.observed`).
///    **Entry rates** (`daily_entrants`): rows with DECOM in the window and before = Not in care.
/// 7. **Adjustments** (`ssda903/multinomial.py`, `combine_rates`, `normalize_rates`): `TransitionRates.adjusted`.
/// 8. **Projection** (`MultinomialPredictor.next`, `predict`; `ssda903/predictor.py` from `stock_at(start)`,
///    default start = reference end, end = start + 24 months): `MarkovProjection`.
///
/// Not confirmed from the code that could be read (the stored snapshots are not all the newest):
/// - entry rate divisor: the readable `population_stats.py` versions divide by (end − start).days; the issue
///   and the anchors (§3.3, read from the 2026 code) say days + 1, which Hearth uses;
/// - the categories: readable `_placement_categories.py` has Residential K2, R1 and Supported H5, P2; the
///   issue and anchors give K2, R1, P3, S1 and H5, K3, P2, which Hearth uses;
/// - the newest rate function was read only through its tests (`ssda903/tests/test_population_stats.py`):
///   stock shifted before truncation to the reference window, first data day NaN, 0/0 ignored, all-NaN → 0,
///   x/0 raises `ValueError` (Hearth skips and counts, `transitionsWithoutStock`);
/// - days before the first DEC anywhere in the data: Hearth counts them as zero transitions (older
///   regional code left them NaN when aligning frames); it matters only for nearly empty data.
public enum RegionalDemandModel {
    /// Projects `days` days from `start` (default: the reference end, as the regional `predict`), with
    /// rates from the reference window and any scenario adjustments.
    public static func project(
        histories: [ChildHistory], referenceStart: Day, referenceEnd: Day,
        start: Day? = nil, days: Int,
        adjustments: [RateAdjustment] = []
    ) -> [ProjectionPoint] {
        let history = DemandHistory(histories: histories)
        let start = start ?? referenceEnd
        var rates = TransitionRates.observed(in: history, referenceStart: referenceStart, referenceEnd: referenceEnd)
        if !adjustments.isEmpty { rates = rates.adjusted(adjustments) }
        return MarkovProjection.project(stock: history.stock(on: start), rates: rates, start: start, days: days)
    }
}
