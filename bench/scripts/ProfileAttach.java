import com.sun.tools.attach.VirtualMachine;

/**
 * Starts or stops async-profiler in a running JVM, so that a profile covers only the measured part of a run (not
 * start-up and warm-up). Usage: java bench/scripts/ProfileAttach.java <pid> start|stop [output.collapsed]
 * (library: AP_LIB, default /tmp/ap/linux-x64/libasyncProfiler.so; AP_START, default itimer (CPU) sampling every
 * millisecond per thread; {@code start,event=wall,interval=5ms,threads} shows where threads wait).
 */
public class ProfileAttach {
    public static void main(String[] args) throws Exception {
        String lib = System.getenv().getOrDefault("AP_LIB", "/tmp/ap/linux-x64/libasyncProfiler.so");
        String options = args[1].equals("start")
                ? System.getenv().getOrDefault("AP_START", "start,event=itimer,interval=1ms,threads")
                : "stop,file=" + args[2] + ",collapsed";
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(lib, options);
        } finally {
            vm.detach();
        }
    }
}
