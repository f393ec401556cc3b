import { tick } from 'svelte';
import { planColors } from '../charts/plan-colors.ts';
import type { ActualRow, IndicatorRow } from '../data/types.ts';
import type { Locale } from '../text/locale.ts';
import { fill, MESSAGES } from '../i18n/messages.ts';
import { USER_MESSAGES } from '../i18n/user-messages.ts';
import { asOfChoices } from '../notebook/as-of-choices.ts';
import { buildNotebook, groupByArea } from '../notebook/notebook.ts';
import { openingRows, rowInFragment } from '../notebook/opening-rows.ts';
import { scoresById } from '../notebook/target-answer.ts';
import { indexIndicators } from '../notebook/indicator-index.ts';
import { missingCellKeys } from '../notebook/fill-in-grid.ts';
import type { PresetName } from '../scenario/presets.ts';
import { PLANS_AS_OF, scoresPlan } from '../scenario/scenario.ts';
import { dataWithLayers, engineData, engineRequest, engineScenarioWithLayers, plansAsOf } from '../user/apply-layers.ts';
import type { UserLayer } from '../user/layer.ts';
import type { AppProps } from './app-props.ts';
import { Comparison } from './comparison.svelte.ts';
import { downloadBlob } from './download.ts';
import type { EngineState } from './engine.svelte.ts';
import { LinkWriter } from './link-writer.svelte.ts';
import { OpenRows } from './open-rows.svelte.ts';
import { afterNextPaint } from './after-paint.ts';
import { ShownResults } from './shown-results.svelte.ts';
import { scheduleTrackRecord } from './track-record-schedule.svelte.ts';
import { NO_NOTICE, openWorkspaceFile, type UserNotice } from './user/open-workspace-file.ts';
import { WorkspaceState } from './workspace-state.svelte.ts';

/**
 * The notebook page's view-model (as svelte.dev's `Workspace` or SDEverywhere's `*-vm.ts`): the
 * reader's workspace, the language, what the engines run and show, the A/B comparison, the address,
 * the scenario file and what the page says about them. `App.svelte` only lays it out.
 *
 * Construct it during a component's initialisation: its effects (the runs, the track record, the
 * address, the document's language and the autosave) live as long as that component.
 */
export class NotebookVM {
  readonly #props: () => AppProps;
  /** The reader's language; the prop only seeds it, and the reader's switch owns it afterwards. */
  locale = $state<Locale>('zh');
  /**
   * The language of the sections below the rows (the scoreboard, the outlook, the reader's data, the
   * lists): `locale` once the frame after a switch has been drawn, so the switch redraws the screen
   * first and the rest in a task of its own (it was one 400 ms task at 4× CPU).
   */
  laterLocale = $state<Locale>('zh');
  readonly ws: WorkspaceState;
  /** What the last import, removal or file did, or why a file was refused; read out politely. */
  notice = $state.raw<UserNotice>(NO_NOTICE);
  /** Whether the outlook has come near the screen (its track-record sentence is computed only then). */
  outlookNear = $state(false);
  /** Whether the list of indicators without published data is open. */
  unchartedOpen = $state(false);
  /** The fill-in grid cell a gap cue asked for (its element id), until the grid has opened and focused it. */
  fillInFocus = $state<string | null>(null);
  /** The published value whose source is open, with the others for the same year. */
  source = $state.raw<{ actual: ActualRow; others: ActualRow[] } | null>(null);
  readonly comparison: Comparison;
  readonly shown: ShownResults;
  /** Which indicator rows are open: the focal ones of the main region at first (`openingRows`). */
  readonly rows: OpenRows;
  readonly link: LinkWriter;

  /** The shipped (published) data, without the reader's layers. */
  readonly published = $derived.by(() => this.#props().dataset);
  /** Fingerprint of the shipped data and engine, for the scenario block of downloaded files. */
  readonly dataVersion = $derived.by(() => this.#props().dataVersion ?? '');
  /** Published data with the user's layers beside it and their formula indicators' computed history. */
  readonly dataset = $derived.by(() => dataWithLayers(this.published, this.ws.layers));
  /**
   * The chosen plans: the same array until the reader picks plans, so what depends on them alone (the
   * engine's series and targets, the scoreboard, the charted views) is not redone on a slider step.
   */
  readonly plans = $derived.by(() => this.ws.scenario.plans);
  // The halves of `engineRequest`, derived apart: a slider step changes the scenario, not the data.
  readonly #engineData = $derived.by(() => engineData(this.dataset, this.plans));
  /** The scenario as the engine reads it: the reader's assumptions, and a `derive` for each formula indicator. */
  readonly engineScenario = $derived.by(() => engineScenarioWithLayers(this.ws.scenario, this.ws.layers));
  /** What the worker runs: worked out once per change, for the run and for the link's recorded results. */
  readonly request = $derived.by(() => ({ ...this.#engineData, scenario: this.engineScenario, ...this.#plansAsOf }));
  /** Each plan's own as-of year when the scenario asks for it (`plansAsOf`). */
  readonly #plansAsOf = $derived.by(() => plansAsOf(this.dataset, this.ws.scenario));
  /** The notebook of the published data: the summary counts on it, so the reader's targets are not called a plan's. */
  /**
   * The scenario's tolerance for "about" targets, so published values are scored at the tolerance the
   * engine uses. A number, so the notebooks are rebuilt only when it changes, not at every slider step.
   */
  readonly #aboutTolerance = $derived.by(() => this.ws.scenario.aboutTolerance);
  readonly publishedNotebook = $derived.by(() => buildNotebook(this.published, { aboutTolerance: this.#aboutTolerance }));
  // Without layers `dataset` is `published` itself, and its notebook is not built twice.
  readonly notebook = $derived.by(() => (this.dataset === this.published ? this.publishedNotebook : buildNotebook(this.dataset, { aboutTolerance: this.#aboutTolerance })));
  /** The charted views by action area, with only the chosen plans' targets; derived once per plan choice, so charts do not redraw per run. */
  readonly areaGroups = $derived.by(() => {
    const plans = this.plans;
    const charted = this.notebook.charted;
    return groupByArea(plans.length === 0 ? charted : charted.map((v) => ({ ...v, targets: v.targets.filter((t) => scoresPlan(plans, t.plan_id)) })));
  });
  /**
   * The groups the page lists now: every row once `rows` is released (the first chart is on screen),
   * before that only those down to the first opening row, which is all the first screen shows.
   */
  readonly listedGroups = $derived.by(() => {
    const groups = this.areaGroups;
    const first = this.#firstOpening;
    if (this.rows.released || first === undefined) return groups;
    const upTo = groups.findIndex((g) => g.views.some((v) => v.key === first));
    if (upTo < 0) return groups;
    const last = groups[upTo] as (typeof groups)[number];
    return [...groups.slice(0, upTo), { ...last, views: last.views.slice(0, last.views.findIndex((v) => v.key === first) + 1) }];
  });
  /** The first of the rows the notebook opens on (`openingRows`), if any. */
  #firstOpening: string | undefined;
  /** The published scores by target id, for the rows and their answers (once per dataset, not per row). */
  readonly scores = $derived.by(() => scoresById(this.notebook.scores));
  /** The plans that set targets the notebook scores, for the view switch's base years. */
  readonly plansWithTargets = $derived.by(() => this.dataset.plans.filter((p) => this.notebook.charted.some((v) => v.targets.some((t) => t.plan_id === p.id))));
  /** The contents' entries: every indicator with what its targets stand at (`indexIndicators`). */
  readonly pickerEntries = $derived.by(() =>
    indexIndicators(this.areaGroups, this.notebook.uncharted, {
      scores: this.notebook.scores,
      assessments: this.shown.assessments,
      areaOrder: this.dataset.indicators.map((d) => d.action_area).filter((area, i, all) => all.indexOf(area) === i),
      gapThrough: this.gapThrough,
    }),
  );
  /** The `figureKey`s of the cells the fill-in grid lists, so a gap cue offers its button only for those. */
  readonly fillInKeys = $derived.by(() => missingCellKeys(this.dataset, this.plans));
  /** The latest year any published value is for: target years after it are not due, so no gap cue names them. */
  readonly gapThrough = $derived.by(() => this.published.actuals.reduce((last, a) => Math.max(last, a.year), -Infinity));
  /** One colour per plan. */
  readonly colors = $derived.by(() => planColors(this.dataset.plans.map((p) => p.id)));
  /** The indicators (published and the reader's) by id. */
  readonly indicators = $derived.by(() => byId(this.dataset.indicators));
  /** The years a hindcast can start from. */
  readonly asOfChoices = $derived.by(() => asOfChoices(this.dataset.actuals.map((a) => a.year)));
  /** The label of the data the engine starts from, as the summary and the outlook say it. */
  readonly asOfLabel = $derived.by(() => {
    const m = MESSAGES[this.locale];
    const asOf = this.ws.scenario.asOf;
    return asOf === null ? m.asOfLatest : asOf === PLANS_AS_OF ? m.asOfPlans : fill(m.asOfYear, { year: asOf });
  });
  /**
   * While the summary's probability counts are still to come, the label they will carry (so the
   * sentence keeps its place); null when none are coming: no engine, or a settled result with no
   * target it gives a probability for.
   */
  readonly summaryComputing = $derived.by(() => {
    const engine = this.engine;
    if (!engine) return null;
    const settled = engine.settled;
    if (settled && !settled.result.targets.some((t) => t.probability !== null && !Number.isNaN(t.probability))) return null;
    return this.asOfLabel;
  });
  /** The summary's outlook sentence's parameters, or null before a result with targets still ahead. */
  readonly outlookCounts = $derived.by(() => {
    const counts = this.shown.counts;
    if (counts === null) return null;
    return { scenario: this.asOfLabel, ...counts };
  });

  /** @param props - Reads the page's props (`App.svelte`'s); the initial ones are read once, here. */
  constructor(props: () => AppProps) {
    this.#props = props;
    const opening = props();
    this.locale = opening.initialLocale;
    this.laterLocale = opening.initialLocale;
    this.ws = new WorkspaceState({ scenario: opening.initialScenario, layers: opening.initialLayers, notes: opening.initialNotes }, () => USER_MESSAGES[this.locale].manualLayer);
    this.comparison = new Comparison(opening.createEngine, opening.initialComparison ?? null, (scenario) => engineRequest(this.dataset, scenario, this.ws.layers));
    const openAtFirst = openingRows(this.notebook.charted);
    this.#firstOpening = openAtFirst[0];
    // The first opening row is built at once; the others (below the first screen) once its chart is drawn.
    this.rows = new OpenRows(openAtFirst, openAtFirst.slice(1));
    // A link to an indicator (`#ind-gdp@guangzhou`, as the scoreboard's and the outlook's names are)
    // opens its row.
    $effect(() => {
      const follow = () => this.openRow(rowInFragment(location.hash));
      follow();
      addEventListener('hashchange', follow);
      return () => removeEventListener('hashchange', follow);
    });
    this.shown = new ShownResults(
      () => this.engine?.result ?? null,
      () => this.engine?.settled?.result ?? null,
    );
    $effect(() => {
      void this.engine?.run(this.request);
    });
    scheduleTrackRecord(() => this.engine, () => this.published, () => this.engineScenario, undefined, () => this.outlookNear);
    this.link = new LinkWriter(
      () => ({
        scenario: this.ws.scenario,
        comparison: this.comparison.scenario,
        layers: this.ws.layers,
        notes: this.ws.notes,
        result: this.engine?.settled?.result ?? null,
        resultFor: this.engine?.settled?.scenario ?? null,
        expected: this.engineScenario,
        locale: this.locale,
      }),
      { dataVersion: opening.dataVersion ?? '', keepRefusedLink: Boolean(opening.linkProblem) },
    );
    $effect(() => {
      document.documentElement.lang = this.locale === 'zh' ? 'zh-CN' : 'en';
      document.title = `${MESSAGES[this.locale].appTitle} · ${MESSAGES[this.locale].appSubtitle}`;
    });
    // Everything the user made is saved in the browser a moment after each change.
    $effect(() => {
      this.#props().autosave?.schedule(this.ws.json());
    });
  }

  /** The page's engine, when it has one. */
  get engine(): EngineState | undefined {
    return this.#props().engine;
  }


  /**
   * Open an indicator's row and bring it to the top of the screen once it is drawn open.
   *
   * @param key - The series key, or null (nothing to open).
   */
  openRow(key: string | null): void {
    if (key === null) return;
    // An indicator without data has no row: its targets are in the list of those, which opens.
    if (this.notebook.charted.some((v) => v.key === key)) {
      this.rows.release();
      this.rows.set(key, true);
    }
    else if (this.notebook.uncharted.some((v) => v.key === key)) this.unchartedOpen = true;
    else return;
    void tick().then(() => {
      const row = document.getElementById(`ind-${key}`);
      row?.scrollIntoView({ block: 'start' });
      // Focus follows, so a keyboard reader continues from the row they asked for.
      (row?.querySelector('summary') ?? row)?.focus({ preventScroll: true });
    });
  }

  /** Switch between Chinese and English, and let the page remember the choice. */
  switchLocale(): void {
    this.locale = this.locale === 'zh' ? 'en' : 'zh';
    afterNextPaint(() => (this.laterLocale = this.locale));
    this.#props().onlocale?.(this.locale);
  }

  /** Apply a preset to every series of the result on screen; before the first result there is nothing to apply it to. */
  preset(name: PresetName): void {
    const result = this.engine?.result;
    if (result) this.ws.preset(name, result);
  }

  /** Pin the scenario on screen as A. */
  pin(): void {
    this.comparison.pin(this.ws.scenario);
  }

  /** Add an imported layer; what the page said about an earlier one no longer applies. */
  importLayer(layer: UserLayer): void {
    this.ws.importLayer(layer);
    this.notice = NO_NOTICE;
  }

  /** Remove a layer, and say which. */
  removeLayer(id: string): void {
    const gone = this.ws.removeLayer(id);
    if (gone !== null) this.notice = { text: fill(USER_MESSAGES[this.locale].layerRemoved, { label: gone }), details: [] };
  }

  /** Download the workspace as a scenario file. */
  saveFile(): void {
    downloadBlob('targetline-scenario.json', new Blob([`${JSON.stringify(this.ws.json(), null, 2)}\n`], { type: 'application/json' }));
  }

  /**
   * Open a scenario file in place of the workspace; a file that cannot be opened changes nothing.
   *
   * @param file - The file the reader chose.
   */
  async openFile(file: File): Promise<void> {
    const opened = await openWorkspaceFile(file, this.published.indicators, this.locale);
    if (opened.workspace) this.ws.open(opened.workspace);
    this.notice = opened.notice;
  }

  /** Show a published value's source (bound, so the page can hand it to every chart and the scoreboard as it is). */
  readonly openSource = (actual: ActualRow, others: ActualRow[]): void => {
    this.source = { actual, others };
  };
}

/** Index the indicators by id, for the charts, the scoreboard and the source dialog. */
function byId(indicators: readonly IndicatorRow[]): ReadonlyMap<string, IndicatorRow> {
  return new Map(indicators.map((d) => [d.id, d]));
}
