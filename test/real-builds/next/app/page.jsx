import Pay from './pay.jsx';

export default function Page() {
  return <Pay />;
}
