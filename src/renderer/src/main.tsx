import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [info, setInfo] = useState('');
  useEffect(() => {
    void window.followscope.appInfo().then((i) => setInfo(`${i.name} ${i.version} schema ${i.schemaVersion}`));
  }, []);
  return <h1 data-testid="info">{info}</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
