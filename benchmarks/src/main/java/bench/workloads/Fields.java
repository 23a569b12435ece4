package bench.workloads;

/** Field-heavy loops: reads and writes of instance fields, on one object and on many. */
public final class Fields {
  private Fields() {}

  /** One object whose fields a loop updates many times. */
  public static final class Counter {
    int count;
    long sum;
    double mean;
    boolean parity;

    /** {@code n} rounds of four field reads and four field writes; returns a digest. */
    public long run(int n) {
      for (int i = 0; i < n; i++) {
        count++;
        sum += count;
        mean = mean * 0.5 + i;
        parity = !parity;
      }
      return sum + count + (long) mean + (parity ? 1 : 0);
    }
  }

  /** A particle: four double fields. */
  static final class Particle {
    double x;
    double y;
    double vx;
    double vy;

    Particle(double x, double y, double vx, double vy) {
      this.x = x;
      this.y = y;
      this.vx = vx;
      this.vy = vy;
    }
  }

  /** Many objects: each step reads every particle's four fields and writes up to four. */
  public static final class Particles {
    private final Particle[] particles;

    public Particles(int count) {
      particles = new Particle[count];
      for (int i = 0; i < count; i++) {
        particles[i] = new Particle(i, -i, 1.0 / (i + 1), 0.5);
      }
    }

    /** {@code steps} moves of every particle inside a 1000 x 1000 box; returns a digest. */
    public double run(int steps) {
      for (int s = 0; s < steps; s++) {
        for (Particle p : particles) {
          p.x += p.vx;
          p.y += p.vy;
          if (p.x < 0 || p.x > 1000) {
            p.vx = -p.vx;
          }
          if (p.y < -1000 || p.y > 1000) {
            p.vy = -p.vy;
          }
        }
      }
      double sum = 0;
      for (Particle p : particles) {
        sum += p.x + p.y;
      }
      return sum;
    }
  }
}
