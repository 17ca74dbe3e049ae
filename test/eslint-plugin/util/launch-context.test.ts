import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import type { Rule } from 'eslint';
import { join } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { describeLaunchContext, launchContextsOf, type LaunchContextHost } from '../../../eslint-plugin/src/util/launch-context.js';

/** Reports every call to `probe()` with the launch contexts that reach it. */
const probeRule: Rule.RuleModule = {
  meta: { type: 'problem', schema: [], messages: { at: '{{where}}' } },
  create(context) {
    return {
      CallExpression(node) {
        const call = node as unknown as TSESTree.CallExpression;
        if (call.callee.type !== 'Identifier' || call.callee.name !== 'probe') return;
        const contexts = launchContextsOf(call, context as unknown as LaunchContextHost);
        context.report({ node, messageId: 'at', data: { where: contexts.map((c) => `${c.kind}: ${describeLaunchContext(c)}`).join(' | ') || 'none' } });
      },
    };
  },
};

function probe(code: string, filename: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const isVue = filename.endsWith('.vue');
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,ts,tsx,vue}'],
        plugins: { probe: { rules: { probe: probeRule } } },
        languageOptions: isVue
          ? { parser: vueParser, sourceType: 'module', parserOptions: { parser: tsParser } }
          : { parser: tsParser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    join(process.cwd(), filename),
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.map((m) => m.message);
}

describe('launch contexts', () => {
  it('module top level, IIFE, promise continuation and timers', () => {
    expect(
      probe(
        `probe();
         (async () => { probe(); })();
         load().then(() => probe());
         setTimeout(function later() { probe(); }, 10);`,
        'app/src/index.ts',
      ),
    ).toEqual([
      'module-top-level: module top level',
      'module-top-level: module top level',
      'module-top-level: module top level',
      'module-top-level: module top level',
    ]);
  });

  it('does not follow event handlers, subscriptions or uncalled functions', () => {
    expect(
      probe(
        `button.addEventListener('click', () => probe());
         wx.onNeedPrivacyAuthorization(() => probe());
         export function later() { probe(); }
         const Screen = memo(() => { probe(); return null; });`,
        'app/src/index.ts',
      ),
    ).toEqual(['none', 'none', 'none', 'none']);
  });

  it('WeChat App({ onLaunch }) with this.method(), that.method() and success callbacks', () => {
    expect(
      probe(
        `App({
           onLaunch() { const that = this; this.initSdks(); wx.getSetting({ success() { that.report(); } }); },
           onShow: function () { probe(); },
           initSdks() { probe(); },
           report() { probe(); },
           onTap() { probe(); },
         });`,
        'app/app.js',
      ),
    ).toEqual([
      'app-lifecycle: App.onShow',
      'app-lifecycle: App.onLaunch → initSdks()',
      'app-lifecycle: App.onLaunch → report()',
      'none',
    ]);
  });

  it('App is not the WeChat global when it is a local binding', () => {
    expect(probe(`function App(o) { return o; } App({ onLaunch() { probe(); } });`, 'app/src/util.ts')).toEqual(['none']);
  });

  it('root component: default export of App.tsx, mount effects only', () => {
    expect(
      probe(
        `export default function App() {
           useEffect(() => { probe(); }, []);
           useEffect(() => { probe(); }, [agreed]);
           const onPress = useCallback(() => probe(), []);
           return <Button onPress={() => probe()} />;
         }`,
        'app/App.tsx',
      ),
    ).toEqual(['root-component: App (root component)', 'none', 'none', 'none']);
  });

  it('root component: an effect whose dependencies React keeps stable (state setters, refs, dispatch) runs once, on mount', () => {
    expect(
      probe(
        `export default function App() {
           const [ready, setReady] = useState(false);
           const [state, send] = useReducer(reducer, initial);
           const booted = useRef(false);
           const dispatch = useDispatch();
           const [user] = useState(null);
           useEffect(() => { probe(); }, [setReady]);
           useEffect(() => { probe(); }, [send, booted, dispatch]);
           useEffect(() => { probe(); }, [setReady, user]);
           useEffect(() => { probe(); }, [ready]);
           return null;
         }`,
        'app/App.tsx',
      ),
    ).toEqual(['root-component: App (root component)', 'root-component: App (root component)', 'none', 'none']);
  });

  it('root component through AppRegistry.registerComponent and a class', () => {
    expect(
      probe(
        `class Root extends React.Component {
           constructor(p) { super(p); probe(); }
           componentDidMount() { this.boot(); }
           boot() { probe(); }
           render() { probe(); return null; }
         }
         AppRegistry.registerComponent('demo', () => Root);`,
        'app/index.js',
      ),
    ).toEqual(['root-component: Root.constructor', 'root-component: Root.componentDidMount → boot()', 'none']);
  });

  it('expo-router root layout and HOC-wrapped default export', () => {
    expect(probe(`function Layout() { useEffect(() => { probe(); }, []); return null; } export default Sentry.wrap(Layout);`, 'app/app/_layout.tsx')).toEqual([
      'root-component: Layout (root component)',
    ]);
    expect(probe(`export default function Layout() { useEffect(() => { probe(); }, []); return null; }`, 'app/app/(tabs)/_layout.tsx')).toEqual(['none']);
  });

  it('same-module calls are followed with a bounded depth', () => {
    expect(
      probe(
        `function a() { b(); } function b() { c(); } function c() { probe(); }
         App({ onLaunch() { a(); } });`,
        'app/app.js',
      ),
    ).toEqual(['app-lifecycle: App.onLaunch → a() → b() → c()']);
  });

  // onForeground runs at every start, right after onWindowStageCreate (HealthyDiet reads the pedometer there).
  it('HarmonyOS UIAbility lifecycle', () => {
    expect(
      probe(
        `export default class EntryAbility extends UIAbility {
           onCreate(want) { probe(); }
           onWindowStageCreate(stage) { stage.loadContent('pages/Index', (err) => { probe(); }); }
           onForeground() { probe(); }
         }`,
        'app/entry/src/main/ets/entryability/EntryAbility.ts',
      ),
    ).toEqual(['ability-lifecycle: EntryAbility.onCreate', 'ability-lifecycle: EntryAbility.onWindowStageCreate', 'ability-lifecycle: EntryAbility.onForeground']);
  });

  it('uni-app App.vue options API and a page <script setup>', () => {
    expect(
      probe(
        `<script>
export default {
  onLaunch() { this.boot(); },
  methods: { boot() { probe(); }, onAgree() { probe(); } },
};
</script>`,
        'app/App.vue',
      ),
    ).toEqual(['app-lifecycle: App.vue onLaunch → boot()', 'none']);
    expect(
      probe(
        `<script setup>
import { onLaunch } from '@dcloudio/uni-app';
onLaunch(() => { probe(); });
</script>`,
        'app/App.vue',
      ),
    ).toEqual(['app-lifecycle: App.vue onLaunch']);
    expect(
      probe(
        `<script setup>
import { onMounted } from 'vue';
probe();
onMounted(() => { probe(); });
</script>`,
        'app/pages/map/map.vue',
      ),
    ).toEqual(['none', 'none']);
    // A component with a plain <script> beside <script setup>: only the plain script runs at import, and a
    // function its setup block calls is not reached from the module's top level either.
    expect(
      probe(
        `<script setup>
import { onMounted } from 'vue';
probe();
warm();
</script>
<script>
function warm() { probe(); }
export const isPlace = (value) => value.length > 0;
probe();
</script>`,
        'app/components/LocationSelector.vue',
      ),
    ).toEqual(['none', 'none', 'module-top-level: module top level']);
  });

  it('Taro: class app, useLaunch in the app component, Vue createApp', () => {
    expect(
      probe(
        `export default class App extends Component { onLaunch() { probe(); } componentDidShow() { probe(); } render() { probe(); return null; } }`,
        'app/src/app.tsx',
      ),
    ).toEqual(['app-lifecycle: App.onLaunch', 'app-lifecycle: App.componentDidShow', 'none']);
    expect(probe(`function App({ children }) { useLaunch(() => { probe(); }); return children; } export default App;`, 'app/src/app.ts')).toEqual([
      'root-component: App (root component)',
    ]);
    expect(probe(`const App = createApp({ onShow() { probe(); } }); export default App;`, 'app/src/app.js')).toEqual(['app-lifecycle: App.onShow']);
  });

  it('test files never run at launch', () => {
    expect(probe(`probe();`, 'app/src/__tests__/boot.ts')).toEqual(['none']);
    expect(probe(`probe();`, 'app/src/boot.test.ts')).toEqual(['none']);
  });
});
