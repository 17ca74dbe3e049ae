let seed = 0x1eaf;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const FIELDS = ['title', 'price', 'count', 'status', 'owner', 'createdAt', 'note', 'tags'];

/** One realistic React Native component (about 50 lines); `camera` adds a camera permission request the rules check. */
function component(name, camera) {
  const fields = FIELDS.filter(() => rand() > 0.4);
  return `
export function ${name}({ id, onDone }: { id: string; onDone: () => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => items.filter((i) => JSON.stringify(i).includes(query)), [items, query]);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/${name.toLowerCase()}?id=' + id)
      .then((r) => r.json())
      .then((data: Item[]) => { if (!cancelled) setItems(data); });
    return () => { cancelled = true; };
  }, [id]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const res = await fetch('/api/${name.toLowerCase()}/refresh');
      setItems((await res.json()) as Item[]);${camera ? '\n      await request(PERMISSIONS.IOS.CAMERA);' : ''}
    } catch (err) {
      console.warn('${name} refresh failed', err);
    } finally {
      setLoading(false);
      onDone();
    }
  }, [onDone]);

  return (
    <View style={styles.container}>
      <Text style={styles.title}>${name}</Text>
      <TextInput value={query} onChangeText={setQuery} placeholder="Search" />
      <FlatList
        data={visible}
        keyExtractor={(item) => item.id}
        refreshing={loading}
        onRefresh={refresh}
        renderItem={({ item }) => (
          <Pressable onPress={() => setQuery(item.id)}>
            ${fields.map((f) => `<Text>{item.${f}}</Text>`).join('\n            ')}
          </Pressable>
        )}
      />
    </View>
  );
}
`;
}

const HEADER = `import React, { useCallback, useEffect, useMemo, useState } from 'react';
import { FlatList, Pressable, StyleSheet, Text, TextInput, View } from 'react-native';
import { PERMISSIONS, request } from 'react-native-permissions';

interface Item { id: string; title?: string; price?: string; count?: string; status?: string; owner?: string; createdAt?: string; note?: string; tags?: string }
`;
const FOOTER = `
const styles = StyleSheet.create({
  container: { flex: 1, padding: 12 },
  title: { fontSize: 18, fontWeight: '600' },
});
`;

function generatedModule(prefix, components, cameraEvery) {
  let text = HEADER;
  for (let i = 0; i < components; i++) text += component(`${prefix}${i}`, cameraEvery > 0 && i % cameraEvery === 0);
  return text + FOOTER;
}


export function generated() { return generatedModule('Big', 60, 10); }
